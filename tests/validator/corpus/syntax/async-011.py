async def f():
    x = [await i for i in a]
