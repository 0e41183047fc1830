# proc: asyncio.create_subprocess_exec (a refused name)
M = "PWN" + "ED"

import asyncio
async def main():
    p = await asyncio.create_subprocess_exec("id", stdout=-1)
    print(M, await p.stdout.read())
asyncio.run(main())
