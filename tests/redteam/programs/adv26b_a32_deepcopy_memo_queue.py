# Round 26b: an asyncio Queue's private state (its loop, its waiters) through deepcopy's memo.
import copy, asyncio
async def main():
    q = asyncio.Queue()
    memo = {}
    loop = asyncio.get_running_loop()
    memo[id(loop)] = loop
    try:
        copy.deepcopy(q, memo)
    except Exception as e:
        print("E", type(e).__name__, str(e)[:80])
    try:
        for k in memo[id(memo)]:
            if type(k) is dict and '_getters' in k:
                print("PW" + "NED: the private state of asyncio.Queue from deepcopy's memo", sorted(k))
    except Exception as e:
        print("E", type(e).__name__, e)
asyncio.run(main())
