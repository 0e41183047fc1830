# adversary round 8: 035: a thread through an allowed module: loop.getaddrinfo runs in the default executor (a thread) -> expected refusal (can't start new thread / audit)
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        r = await loop.getaddrinfo('localhost', 80)
        print('resolved', r)
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
