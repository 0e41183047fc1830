# adversary round 7: static bypass (alias) of asyncio.to_thread / loop.run_in_executor; expect thread start refused (audit + seccomp)
import asyncio, functools
uw = functools.update_wrapper
box = {}
class C:
    def __setattr__(self, k, v):
        box[k] = v
uw(C(), asyncio, ('to_' + 'thread',), ())
to_thread = box['to_' + 'thread']
async def main():
    r = await to_thread(lambda: 41 + 1)
    print('thread ran', r)
    print('PWN' + 'ED')
asyncio.run(main())
