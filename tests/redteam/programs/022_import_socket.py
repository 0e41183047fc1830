# import: import socket and make an AF_INET socket
M = "PWN" + "ED"

import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
print(M, s)
