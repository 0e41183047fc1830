# import: import _io and use it
import _io
print("PWN" + "ED", _io.FileIO)
