# import: import posix and use it
import posix
print("PWN" + "ED", posix.getpid())
