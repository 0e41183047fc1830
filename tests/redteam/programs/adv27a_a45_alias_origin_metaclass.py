# Round 27a: a typing alias of the program's own object as a base made type(k) the metaclass called with the class body (build_class judged bases as written).
import typing
GA = type(typing.List[int])
class K:
    def __init__(self, *a):
        print("K called with", [type(x).__name__ for x in a])
    def __call__(self, *a):
        return a
k = K()
A = GA(k, (int,))
try:
    class X(A):
        y = 1
    print("X is", type(X), X)
    if not issubclass(type(X), type):
        print("PW" + "NED: a class statement called an object of the program's as its metaclass")
except Exception as e:
    print("err", type(e).__name__, e)
B = GA(property(lambda s: 1), (int,))
try:
    class Y(B):
        z = 2
    print("Y is", type(Y), Y)
except Exception as e:
    print("err2", type(e).__name__, e)
