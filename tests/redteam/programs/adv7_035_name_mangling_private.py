# adversary round 7: static gap probe: inside `class Task`, t.__step compiles to t._Task__step (a listed stdlib private door) while the walker sees "__step", which the program defines itself; shows the private list is matched before mangling (capability reached is harmless: asyncio's own step method)
import asyncio

class Task:
    def __init__(self):
        self.__step = None          # defines "__step" for the walker
    @staticmethod
    def peek(t):
        return t.__step             # CPython reads t._Task__step

async def main():
    t = asyncio.current_task()
    m = Task.peek(t)
    print('read', type(m).__name__, m)

asyncio.run(main())
