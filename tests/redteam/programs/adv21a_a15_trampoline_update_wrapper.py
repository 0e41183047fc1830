import functools
t = "\x00sandbox: the class pattern guard"
def mine(a, b, c):
    "program docstring"
    return a
mine.note = "set by the program"
try:
    functools.update_wrapper(t, mine)
    print("PW" + "NED: rewrote attributes of the launcher's trampoline:", t.__qualname__, t.__doc__, t.note)
except Exception as e:
    print("refused", type(e).__name__, e)
class P:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 1
match P():
    case P(x=v):
        print("match still guarded and works:", v)
