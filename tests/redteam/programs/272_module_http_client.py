# module: import http.client: an HTTPConnection object
M = "PWN" + "ED"

import http.client
print(M, http.client.HTTPConnection("localhost"))
