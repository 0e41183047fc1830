async def f():
    async with a: pass
    return [x async for x in y]