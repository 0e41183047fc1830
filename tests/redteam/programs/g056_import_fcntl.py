# import: import fcntl and use it
import fcntl
print("PWN" + "ED", fcntl.F_GETFL)
