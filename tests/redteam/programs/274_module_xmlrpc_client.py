# module: import xmlrpc.client: an xmlrpc ServerProxy
M = "PWN" + "ED"

import xmlrpc.client
print(M, xmlrpc.client.ServerProxy("http://localhost/"))
