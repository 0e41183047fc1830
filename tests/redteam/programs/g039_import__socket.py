# import: import _socket and use it
import _socket
print("PWN" + "ED", _socket.socket)
