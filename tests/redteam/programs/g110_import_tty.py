# import: import tty and use it
import tty
print("PWN" + "ED", tty.setraw)
