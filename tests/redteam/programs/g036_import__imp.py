# import: import _imp and use it
import _imp
print("PWN" + "ED", _imp.is_builtin('sys'))
