import asyncio

class Mine:
    _ssock = None
    _selector = None

loop = asyncio.new_event_loop()
ss = loop._ssock
print(type(ss), ss.family)
try:
    t = type(ss)(2, 1)
    print("PW" + "NED inet socket", t)
except Exception as e:
    print("inet:", type(e).__name__, e)
sel = loop._selector
print(type(sel))
