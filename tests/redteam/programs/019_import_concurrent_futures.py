# import: from concurrent import futures (asyncio loads it) then a process pool
M = "PWN" + "ED"

try:
    import asyncio
    from concurrent import futures
    with futures.ProcessPoolExecutor(1) as ex:
        print(M, ex.submit(len, "abc").result())
except Exception as e:
    print("refused:", type(e).__name__, e)
