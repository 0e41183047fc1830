# import: import types and use it
import types
print("PWN" + "ED", types.FunctionType)
