# import: import pkgutil and use it
import pkgutil
print("PWN" + "ED", list(pkgutil.iter_modules())[:1])
