import typing, operator, functools
fmt = "{0.__glo" + "bals__[s" + "ys].zzz}"
got = []
for attempt in (lambda: str.format(fmt, typing.cast),
                lambda: list(map(str.format, [fmt], [typing.cast])),
                lambda: operator.methodcaller("format", typing.cast)(fmt),
                lambda: functools.partial(str.format, fmt)(typing.cast)):
    try:
        attempt()
    except AttributeError as e:
        got.append(e.obj)
print([x.__name__ for x in got])
if got and all(x.__name__ == "s" + "ys" for x in got):
    print("PW" + "NED", len(got), "spellings, e.g.", len(got[0].modules))
