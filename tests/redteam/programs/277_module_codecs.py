# module: import codecs: codecs.open on /proc
M = "PWN" + "ED"

import codecs
print(M, codecs.open("/proc/self/maps").read()[:40])
