# import: import _ctypes and use it
import _ctypes
print("PWN" + "ED", _ctypes.dlopen)
