def f(a: int = 1, *b: int, **c: int) -> None: pass
