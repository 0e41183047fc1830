# adversary round 7: static bypass (alias) of asyncio.create_subprocess_exec; expect the process start refused (audit subprocess.Popen / seccomp)
import asyncio, functools
uw = functools.update_wrapper
box = {}
class C:
    def __setattr__(self, k, v):
        box[k] = v
uw(C(), asyncio, ('create_subprocess' + '_exec',), ())
cse = box['create_subprocess' + '_exec']
async def main():
    p = await cse('/usr/local/bin/python3', '-c', 'print("PWN"+"ED")')
    await p.wait()
asyncio.run(main())
