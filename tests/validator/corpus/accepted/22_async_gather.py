import asyncio

async def worker(name, delay, results):
    await asyncio.sleep(delay)
    results.append(name)
    return name.upper()

async def ticker(n):
    for i in range(n):
        yield i
        await asyncio.sleep(0)

async def main():
    results = []
    values = await asyncio.gather(worker("b", 0.02, results), worker("a", 0.01, results))
    print(values, results)
    print([i async for i in ticker(4)])
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    queue = asyncio.Queue()
    for i in range(3):
        queue.put_nowait(i)
    total = 0
    while not queue.empty():
        total += await queue.get()
    print("total", total)

asyncio.run(main())
