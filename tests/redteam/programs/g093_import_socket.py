# import: import socket and use it
import socket
s = socket.socket(socket.AF_UNIX)
print("PWN" + "ED", s)
