# adversary round 8: 038: the classic object.__subclasses__() walk written directly -> expected 422 (dunder-access)
for c in object.__subclasses__():
    if c.__name__ == 'BuiltinImporter':
        print(c.load_module('posix').getpid(), 'PWN' + 'ED')
