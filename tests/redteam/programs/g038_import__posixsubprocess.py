# import: import _posixsubprocess and use it
import _posixsubprocess
print("PWN" + "ED", _posixsubprocess.fork_exec)
