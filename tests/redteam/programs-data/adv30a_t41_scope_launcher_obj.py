import pandas as pd
sc = pd.core.computation.scope.Scope(level=1)
g = sc.scope.maps
names = set()
for m in g:
    names.update(m.keys())
print("launcher names visible:", sorted(n for n in names if n in ("install_policy", "refuse", "main", "run_program", "collect_out", "RAW_WRITE", "EXIT_NOW")))
for m in g:
    if "refuse" in m:
        print("PW" + "NED: launcher function object reached:", m["refuse"], m["refuse"].__name__)
        break
