import pandas as pd
import scipy.special
import scipy.integrate
comp = pd.core.computation
u = "_"
env = comp.scope.Scope(level=0, local_dict={"m": scipy.special.cython_special})
try:
    capi = comp.expr.Expr("m." + u + u + "pyx_capi" + u + u, engine="python", parser="python", env=env)()
    print("capi", type(capi), len(capi), list(capi)[:5])
    cap = capi[list(capi)[0]]
    print("capsule", cap)
    r = scipy.integrate.quad(cap, 0, 1)
    print("PW" + "NED: native call of chosen pointer via quad", r)
except Exception as e:
    print("err", type(e).__name__, str(e)[:300])
