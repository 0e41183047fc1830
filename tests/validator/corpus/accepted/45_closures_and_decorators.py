import functools
import time

def counter():
    count = 0
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c = counter()
c(); c(); print(c(10))

def retry(times):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except RuntimeError as e:
                    print(f"attempt {attempt} failed: {e}")
            return None
        return wrapper
    return decorator

calls = {"n": 0}

@retry(times=3)
def flaky():
    calls["n"] += 1
    if calls["n"] < 3:
        raise RuntimeError("not yet")
    return "ok"

print(flaky(), flaky.__name__)

def timed(fn):
    def wrapper(*a):
        t0 = time.perf_counter()
        r = fn(*a)
        assert time.perf_counter() >= t0
        return r
    return wrapper

print(timed(sum)([1, 2, 3]))
adders = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders])
