async def f():
    with await a: pass
