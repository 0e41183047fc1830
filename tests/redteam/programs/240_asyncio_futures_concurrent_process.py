# asyncio: asyncio.futures.concurrent (name not listed): ProcessPoolExecutor
import asyncio
M = "PWN" + "ED"
cf = asyncio.futures.concurrent.futures
try:
    with cf.ProcessPoolExecutor(1) as ex:
        print(M, ex.submit(abs, -3).result())
except Exception as e:
    print("refused:", type(e).__name__, e)
