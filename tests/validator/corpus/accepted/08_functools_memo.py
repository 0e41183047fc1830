from functools import lru_cache, reduce, partial, cache, cached_property, total_ordering, wraps
import operator

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@cache
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)

print(fib(80), fib.cache_info().hits > 0, ways(30))
print(reduce(operator.mul, range(1, 11)))
square = partial(pow, exp=2)
print(square(12))

def logged(fn):
    @wraps(fn)
    def wrapper(*args):
        result = fn(*args)
        print(f"{fn.__name__}{args} = {result}")
        return result
    return wrapper

@logged
def add(a, b):
    return a + b

add(2, 3)

@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    @cached_property
    def label(self):
        return "v" + ".".join(map(str, self.parts))

versions = sorted(Version(v) for v in ["1.10.0", "1.2.3", "1.2.10"])
print([v.label for v in versions], Version("2.0") >= Version("1.9"))
