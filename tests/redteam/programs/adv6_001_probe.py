# adversary round 6: probe: baseline, python version and what type names reachable
import json, asyncio, re
print("hello", type(json).__name__)
import time
print(time.time() > 0)
print(repr(asyncio.events))
