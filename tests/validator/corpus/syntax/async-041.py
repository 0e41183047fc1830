async def f():
    print(await a ** 2)
