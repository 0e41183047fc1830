async def f():
 async for __debug__ in x: pass
