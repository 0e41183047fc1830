import typing
try:
    ("{0.__glo" + "bals__[s" + "ys].zzz}").format(typing.cast)
except Exception as err:
    match err:
        case AttributeError(obj=S):
            print("PW" + "NED", "via class-pattern keyword:", S.__name__, len(S.modules))
