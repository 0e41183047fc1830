# Round 26b: a private class keyword (_simple=True) made EnumType build an enum class past enum's
# own checks. Refused statically and at run time (build_class).
import enum
try:
    class S(enum.Enum, _simple=True):
        A = 1
    print("PW" + "NED: an enum class built with _simple", type(S))
except Exception as e:
    print("E2", type(e).__name__, e)
