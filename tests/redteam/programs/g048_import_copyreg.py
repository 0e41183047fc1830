# import: import copyreg and use it
import copyreg
print("PWN" + "ED", copyreg.dispatch_table)
