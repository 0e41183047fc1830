# import: import runpy and use it
import runpy
print("PWN" + "ED", runpy.run_path)
