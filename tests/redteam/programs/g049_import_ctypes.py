# import: import ctypes and use it
import ctypes
print("PWN" + "ED", ctypes.CDLL(None).getpid())
