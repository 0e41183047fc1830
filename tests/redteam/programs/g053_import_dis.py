# import: import dis and use it
import dis
print("PWN" + "ED", dis.dis)
