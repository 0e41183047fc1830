import contextlib, copy
MY = []
NAME = ["_" + "_dict_" + "_"]
class P(contextlib.redirect_stdout):
    def __getstate__(self):
        return {"_" + "stream": NAME[0], "_old" + "_targets": MY, "_new" + "_target": None}
Y = copy.copy(P(None))
def attempt(tag):
    try:
        Y.__enter__()
    except BaseException as e:
        print(tag, "enter:", type(e).__name__, str(e)[:120])
    if MY:
        d = MY[0]
        print(tag, "GOT", type(d).__name__)
        try:
            print("PW" + "NED: real sys namespace at", tag, "getrecursionlimit =", d["getrecursionlimit"](), "keys:", sorted(d)[:6])
        except BaseException as e:
            print(tag, "use failed", type(e).__name__, e)
attempt("normal-run")
class Boom(BaseException):
    pass
class E(Exception):
    @property
    def __notes__(self):
        raise Boom()
class D:
    def __del__(self):
        attempt("finalization")
keep = D()
raise E("x")
