# import: import faulthandler and use it
import faulthandler
print("PWN" + "ED", faulthandler.is_enabled())
