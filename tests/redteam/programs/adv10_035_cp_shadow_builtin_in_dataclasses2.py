import dataclasses
import functools

seen = []
real = isinstance
def fake_isinstance_factory(m):
    def fake(obj, cls):
        seen.append(repr(obj)[:40])
        return real(obj, cls)
    return fake

cp = functools.cached_property(fake_isinstance_factory)
cp.attrname = "isinst" + "ance"
type(dataclasses).foo = cp
print(dataclasses.foo)

@dataclasses.dataclass
class P:
    a: int = 1

print("PW" + "NED dataclasses called program isinstance", len(seen), seen[:4])
