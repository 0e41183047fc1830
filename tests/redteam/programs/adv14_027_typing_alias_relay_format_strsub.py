import typing
# typing's _BaseGenericAlias.__getattr__ relays a non-dunder name to __origin__ with the
# library's own getattr(self.__origin__, attr): the run-time "format of a string" check sits
# only on the program's path. getattr(S-instance, 'format') directly is refused at run time.
class S(str):
    pass
GA = type(typing.List[int])
alias = GA(S("{0.__glo" + "bals__[s" + "ys].zz}"), (int,))
fm = getattr(alias, 'format')
got = None
try:
    fm(typing.cast)
except AttributeError as e:
    got = e.obj
print("PW" + "NED", got.modules["o" + "s"].getpid())
