# import: import subprocess and use it
import subprocess
print("PWN" + "ED", subprocess.run(['id'], capture_output=True).stdout)
