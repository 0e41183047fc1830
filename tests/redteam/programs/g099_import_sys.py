# import: import sys and use it
import sys
print("PWN" + "ED", len(sys.modules))
