import asyncio

async def producer(queue, n):
    for i in range(n):
        await queue.put(i)
        await asyncio.sleep(0)
    await queue.put(None)

async def consumer(queue, results):
    while (item := await queue.get()) is not None:
        results.append(item * item)

class Timer:
    async def __aenter__(self):
        self.events = ["enter"]
        return self
    async def __aexit__(self, *exc):
        self.events.append("exit")

async def main():
    queue = asyncio.Queue(maxsize=2)
    results = []
    await asyncio.gather(producer(queue, 5), consumer(queue, results))
    print(results)
    async with Timer() as t:
        t.events.append("body")
    print(t.events)
    task = asyncio.create_task(asyncio.sleep(0.01, result="slept"))
    print(await task)

asyncio.run(main())
