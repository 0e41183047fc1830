# import: import ctypes under another name
import ctypes as m
print("PWN" + "ED", m)
