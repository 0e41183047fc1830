# adversary round 2: 022_asyncio_get_stack
import asyncio
async def inner():
    t = asyncio.current_task()
    st = t.get_stack()
    print([repr(f) for f in st])
    f = st[0]
    print(type(f).__name__, f.f_lineno, f.f_code)
    if type(f).__name__ == "frame":
        print("frame handle (own coroutine frame)")
asyncio.run(inner())
