# Round 26b: MultiLoopChildWatcher.attach_loop installs a Python signal handler that runs the
# program's callbacks between any two instructions (the policy assumes none is reachable).
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    try:
        w = asyncio.MultiLoopChildWatcher()
        w.attach_loop(loop)
        print("PW" + "NED: a Python signal handler installed for SIGCHLD")
    except Exception as e:
        print("E", type(e).__name__, e)
asyncio.run(main())
