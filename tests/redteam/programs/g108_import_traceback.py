# import: import traceback and use it
import traceback
print("PWN" + "ED", list(traceback.walk_stack(None)))
