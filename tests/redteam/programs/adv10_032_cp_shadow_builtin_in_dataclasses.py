import dataclasses
import functools

seen = []
def fake_isinstance_factory(m):
    def fake(obj, cls):
        seen.append(type(obj).__name__)
        return type(obj) is cls or cls in type(obj).mro() if type(cls) is type else False
    return fake

cp = functools.cached_property(fake_isinstance_factory)
cp.attrname = "isinst" + "ance"
type(dataclasses).foo = cp
print(dataclasses.foo)

@dataclasses.dataclass
class P:
    a: int = 1

print("PW" + "NED dataclasses called program isinstance", len(seen), sorted(set(seen))[:6])
