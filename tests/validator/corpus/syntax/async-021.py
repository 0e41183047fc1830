async def f():
    async def g():
        await x
