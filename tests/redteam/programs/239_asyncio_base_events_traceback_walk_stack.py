# asyncio: asyncio.base_events.traceback.walk_stack (names not listed) reaches the launcher's main() frame
import asyncio
M = "PWN" + "ED"
tbm = asyncio.base_events.traceback
def a():
    return b()
def b():
    return c()
def c():
    return list(tbm.walk_stack(None))
for f, _ in a():
    if "launcher" in repr(f) and f.f_code.co_name == "main":
        print(M, "launcher main() frame and its code:", f.f_code)
