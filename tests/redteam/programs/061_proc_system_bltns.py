# proc: os.system through the real os from enum.bltns (run-time wall: os.system event)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one
o = imp("o" + "s")  # already loaded: no audit event

try:
    o.system("echo PWN''ED; id")
except Exception as e:
    print("refused:", type(e).__name__, e)
