import asyncio
class Own:
    def __init__(self):
        self._ssock = None
loop = asyncio.new_event_loop()
s = loop._ssock
S = type(s)
print(S.__module__, S.__name__)
u = S(1, 1)
print("unix socket made", u.family)
try:
    t = S(2, 1)
    print("PW" + "NED", "inet socket", t)
except BaseException as e:
    print("inet refused:", type(e).__name__, e)
