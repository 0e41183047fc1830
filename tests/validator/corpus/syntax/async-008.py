async def f():
    x = {i: j async for i, j in a}
