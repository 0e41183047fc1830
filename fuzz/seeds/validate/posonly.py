def f(a, /, b: int = 1, *args: str, c, d=2, **kw) -> list[int]:
    global G
    return [*args]
