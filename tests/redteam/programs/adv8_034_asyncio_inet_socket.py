# adversary round 8: 034: network socket through an allowed module: asyncio loop.create_datagram_endpoint to 127.0.0.1 (AF_INET) -> expected audit refusal (socket family other than AF_UNIX); nothing is sent (no listener is contacted, local_addr bind only)
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        tr, pr = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, local_addr=('127.0.0.1', 0))
        print('socket made', tr)
        tr.close()
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
