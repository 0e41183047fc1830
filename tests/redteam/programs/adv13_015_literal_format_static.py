import typing
try:
    "{0.__globals__[sys].zzz}".format(typing.cast)
except AttributeError as e:
    print("PW" + "NED", e.obj)
