@functools.lru_cache(maxsize=None)
@x.y[0]
def f(): pass
