# adversary round 7: asyncio's loop.connect_read_pipe/connect_write_pipe take any object with fileno(): do they reach descriptors the open() check refuses (3, 4, 5...)? (descriptor rule bypass, not a listed capability)
import asyncio
class FD:
    def __init__(self, n):
        self.n = n
    def fileno(self):
        return self.n
    def close(self):
        pass
class Proto(asyncio.Protocol):
    def __init__(self):
        self.data = []
    def data_received(self, d):
        self.data.append(d)
async def main():
    loop = asyncio.get_running_loop()
    for n in range(3, 9):
        try:
            t, p = await loop.connect_read_pipe(Proto, FD(n))
            await asyncio.sleep(0.05)
            print('fd', n, 'read transport ok, data', p.data[:1])
            t.close()
        except Exception as e:
            print('fd', n, type(e).__name__, str(e)[:60])
asyncio.run(main())
