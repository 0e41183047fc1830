# import: import platform and use it
import platform
print("PWN" + "ED", platform.uname())
