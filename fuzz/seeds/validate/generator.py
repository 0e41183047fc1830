def gen(n):
    yield from range(n)
    x = yield
