# module: import shelve: shelve.open (pickle-backed)
M = "PWN" + "ED"

import shelve
print(M, shelve.open("/tmp/rt_shelf"))
