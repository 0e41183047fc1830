# import: import _thread and use it
import _thread
print("PWN" + "ED", _thread.get_ident())
