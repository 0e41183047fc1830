# import: import __main__ and use it
import __main__
print("PWN" + "ED", __main__)
