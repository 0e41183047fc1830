# Round 26b: loop.connect_write_pipe writes with the real os.write to a descriptor the program names.
import asyncio
class P(asyncio.Protocol):
    def connection_made(self, t):
        self.t = t
async def main():
    loop = asyncio.get_running_loop()
    for fd in range(3, 8):
        class F:
            def fileno(self, fd=fd): return fd
        try:
            t, p = await loop.connect_write_pipe(P, F())
            print("PW" + "NED: a write transport on descriptor", fd, type(t).__name__)
            break
        except Exception as e:
            print(fd, type(e).__name__, str(e)[:60])
asyncio.run(main())
