import typing, copy
fr = typing.List["1+1"].__args__[0]
memo = {}
try:
    copy.deepcopy(fr, memo)
except Exception:
    pass
code = [w for v in list(memo.values()) if type(v) is dict for w in v.values() if type(w).__name__ == "code"][0]
F = type(lambda: 0)
try:
    f = F(code, {})
    print("PW" + "NED", f())
except BaseException as e:
    print("refused:", type(e).__name__, e)
