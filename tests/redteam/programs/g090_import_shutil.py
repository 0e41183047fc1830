# import: import shutil and use it
import shutil
print("PWN" + "ED", shutil.which('python3'))
