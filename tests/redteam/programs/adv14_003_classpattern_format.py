import collections, typing
# Reach UserString.format through a class pattern keyword (read in C), no `.format` written.
fmt = "{0.__glo" + "bals__[s" + "ys].zz_not_there}"
us = collections.UserString(fmt)
got = None
match us:
    case collections.UserString(format=fm):
        try:
            fm(typing.cast)
        except AttributeError as e:
            got = e.obj
o = got.modules["o" + "s"]
print("PW" + "NED", o.getpid())
