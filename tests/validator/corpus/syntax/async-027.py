class A:
    async def f(self): await x
