async def f(*, a: int = 1) -> int: pass
