# adversary round 2: 023_gi_code_functiontype
import dataclasses
def g():
    yield 1
    print("PWN" + "ED")
code = g().gi_code
print(repr(code))
FT = dataclasses.FunctionType
print(repr(FT))
f = FT(code, {"print": print})
for _ in f():
    pass
