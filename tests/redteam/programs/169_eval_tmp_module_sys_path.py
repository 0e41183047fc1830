# eval: sys.path gets /tmp; the module written there is imported (static wall)
import sys
with open("/tmp/rt_evilmod.py", "w") as f:
    f.write("import os\nprint('PWN' + 'ED', os.getpid())\n")
sys.path.insert(0, "/tmp")
import rt_evilmod
