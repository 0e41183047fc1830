# import: import inspect and use it
import inspect
print("PWN" + "ED", inspect.currentframe().f_back)
