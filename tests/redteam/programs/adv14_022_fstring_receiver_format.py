import typing
# Is an f-string a "string literal" for the `.format` rule? Its value is computed at run time.
field = "0.__glo" + "bals__[s" + "ys].zz"
got = None
try:
    f"{{{field}}}".format(typing.cast)
except AttributeError as e:
    got = e.obj
print("PW" + "NED", got.modules["o" + "s"].getpid())
