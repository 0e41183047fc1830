# import: import gc and use it
import gc
print("PWN" + "ED", len(gc.get_objects()))
