# proc: subprocess.run (static wall)
M = "PWN" + "ED"

import subprocess
print(M, subprocess.run(["id"], capture_output=True).stdout)
