# adversary round 8: 048: other importers than BuiltinImporter: from sys.meta_path (memo-planted _stream) try FrozenImporter.load_module('os') and PathFinder/SourceFileLoader for 'pdb' -> expected: their exec of module code is refused (no approved import in progress)
import contextlib
import copy


class Z:
    _old_targets = None


twin = copy.deepcopy(contextlib.redirect_stdout('meta_path'), {id('_new_target'): '_st' + 'ream'})
try:
    with twin:
        pass
except AttributeError:
    pass
meta = twin._old_targets[0]
fi = [c for c in meta if 'FrozenImporter' in repr(c)][0]
pf = [c for c in meta if 'PathFinder' in repr(c)][0]
try:
    print(fi.load_module('os'))
except Exception as e:
    print('frozen:', type(e).__name__, e)
try:
    spec = pf.find_spec('pdb')
    print(spec)
    print(spec.loader.load_module('pdb'))
    print('PWN' + 'ED')
except Exception as e:
    print('pathfinder:', type(e).__name__, e)
