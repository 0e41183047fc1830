import asyncio
class Mine:
    def __init__(self):
        self._selector = 1
        self._ssock = 2
        self._csock = 3
loop = asyncio.new_event_loop()
s = loop._ssock
print(type(s), type(loop._selector))
S = type(s)
try:
    x = S(2, 1)
    print("PW" + "NED", "AF_INET socket", x)
except Exception as e:
    print("refused", type(e).__name__, e)
u = S(1, 1)
print("unix socket", u, u.family)
