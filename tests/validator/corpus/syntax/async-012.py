async def f():
    x = [i for i in await a]
