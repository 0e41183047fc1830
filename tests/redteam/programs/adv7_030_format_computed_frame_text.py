# adversary round 7: known gap check: computed format strings read attributes by string (text only); audited reads (gi_frame, __code__) from the program's frame should still be refused; unaudited ones (__globals__) give only text
import typing
def gen():
    yield 1
g = gen()
for spec in ["{0.gi_fr" + "ame}", "{0.__co" + "de__}", "{0.__glo" + "bals__[sys]}"]:
    try:
        print(spec, '->', spec.format(g if 'gi' in spec else typing.cast)[:90])
    except Exception as e:
        print(spec, 'refused', type(e).__name__, e)
