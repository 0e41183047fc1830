import contextlib, dataclasses, re, json
got = []
class Base:
    def __init_subclass__(cls, **kw):
        got.append(cls)
class X:
    def __eq__(self, other):
        seen.append(other)
        return True
    __hash__ = None
seen = []
meta = type(int)
ns = {'__mod' + 'ule__': '__main__', '__annot' + 'ations__': {'_parser': int},
      '__cl' + 'ass__': property(lambda s: type(json))}
st = contextlib.ExitStack()
st.callback(meta, 'P', (Base,), ns)
st.close()
D = dataclasses.dataclass(got[0])
try:
    D.__eq__(re, D(X()))
    m = seen[0]
    print("PW" + "NED: got", m.__name__, type(m).__name__, m.SUBPATTERN)
except Exception as e:
    print("err", type(e).__name__, e)
