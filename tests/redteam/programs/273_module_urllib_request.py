# module: import urllib.request: urllib.request opener
M = "PWN" + "ED"

import urllib.request
print(M, urllib.request.build_opener())
