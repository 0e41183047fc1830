async def f():
    return (yield)
