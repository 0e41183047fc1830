# asyncio: asyncio.log.logging (name not listed): a FileHandler on /dev/shm
import asyncio
M = "PWN" + "ED"
lg = asyncio.log.logging
try:
    h = lg.FileHandler("/dev/shm/rt_log")
    h.emit(lg.makeLogRecord({"msg": "x"}))
    print(M, "logging wrote /dev/shm/rt_log")
except Exception as e:
    print("refused:", type(e).__name__, e)
