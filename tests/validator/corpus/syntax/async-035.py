async def f():
    x = (i for i in a if await i)
