# module: import _xxsubinterpreters: a subinterpreter has no audit hook
M = "PWN" + "ED"

import _xxsubinterpreters as si
si.run_string(si.create(), "import os; os.system(\"echo PWN''ED from a subinterpreter; id\")")
