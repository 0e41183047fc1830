import functools


def retry(times):
    def decorator(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    result = func(*args, **kwargs)
                    print(f"  attempt {attempt} ok")
                    return result
                except ValueError as e:
                    print(f"  attempt {attempt} failed: {e}")
                    last = e
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return decorator


def count_calls(func):
    @functools.wraps(func)
    def wrapper(*a, **k):
        wrapper.calls += 1
        return func(*a, **k)
    wrapper.calls = 0
    return wrapper


state = {"n": 0}


@retry(3)
def flaky():
    """Fails twice, then succeeds."""
    state["n"] += 1
    if state["n"] < 3:
        raise ValueError(f"not yet ({state['n']})")
    return "done"


@count_calls
def square(x):
    return x * x


print(flaky())
state["n"] = -10
try:
    flaky()
except RuntimeError as e:
    print("error:", e)
print([square(i) for i in range(5)], square.calls)
