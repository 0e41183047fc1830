import asyncio
class Mine:
    pass
m = Mine()
m._ssock = None
m._selector = None
loop = asyncio.new_event_loop()
s = loop._ssock
sel = loop._selector
print(type(s).__module__, type(s).__name__, s.family, type(sel).__module__, type(sel).__name__)
S = type(s)
try:
    t = S(2, 1)
    print("PW" + "NED", "inet socket from the loop's socket class", t)
except OSError as e:
    print("socket class of the socket module reached without any gadget; AF_INET refused:", e)
loop.close()
