async def f():
    yield from a
