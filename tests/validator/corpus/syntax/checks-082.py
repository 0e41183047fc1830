async def f():
 x = lambda: (yield)
 return 1
