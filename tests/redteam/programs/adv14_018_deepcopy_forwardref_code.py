import typing, copy
fr = typing.List["1+1"].__args__[0]
memo = {}
try:
    y = copy.deepcopy(fr, memo)
    print("copied", [type(v).__name__ for v in memo.values()])
    for v in memo.values():
        if type(v).__name__ == "code":
            print("PW" + "NED", v)
except Exception as e:
    print("stopped:", type(e).__name__, e)
