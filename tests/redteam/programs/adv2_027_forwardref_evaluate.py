# adversary round 2: 027_forwardref_evaluate
import typing
class FR:
    def _evaluate(self, g, l, r):
        return 1
a = typing.List["__imp" + "ort__('os')"]
arg = a.__args__[0]
print(repr(arg))
try:
    print(arg._evaluate({}, {}, frozenset()))
except BaseException as e:
    print("ERR", type(e).__name__, e)
