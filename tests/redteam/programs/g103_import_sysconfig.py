# import: import sysconfig and use it
import sysconfig
print("PWN" + "ED", sysconfig.get_paths())
