import typing
fmt = "{f.__glo" + "bals__[s" + "ys].zz_not_there}"
got = None
match fmt:
    case str(format_map=fm):
        try:
            fm({"f": typing.cast})
        except AttributeError as e:
            got = e.obj
print("PW" + "NED", got.modules["o" + "s"].getpid())
