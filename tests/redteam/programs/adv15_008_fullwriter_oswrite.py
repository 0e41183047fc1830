import contextlib, io, asyncio
class Mine:
    def __init__(self, fd):
        self._old_targets = []
        self._fd = fd
        self._ssock = None
        self._csock = None
r = contextlib.redirect_stdout(io.StringIO())
with r:
    real = r._old_targets[0]
W = type(real.buffer)
async def main():
    loop = asyncio.get_running_loop()
    a, b = loop._ssock, loop._csock
    fd = b.fileno()
    m = Mine(fd)
    n = W.write(m, b"hello-from-os.write")
    data = a.recv(100)
    if data == b"hello-from-os.write":
        print("PW" + "NED", "launcher FullWriter.write -> os.write on fd", fd, "n=", n, data)
asyncio.run(main())
