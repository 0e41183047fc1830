# import: import site and use it
import site
print("PWN" + "ED", site.os.getpid())
