import asyncio, operator
async def main():
    t = asyncio.current_task()
    m = operator.methodcaller("get_" + "stack")
    try:
        fr = m(t)
        print("PW" + "NED", fr)
    except BaseException as e:
        print("refused:", type(e).__name__, e)
asyncio.run(main())
