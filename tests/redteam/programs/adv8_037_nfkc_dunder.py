# adversary round 8: 037: NFKC spellings of internals: f.__ｇｌｏｂａｌｓ__ and ｅｘｅｃ -> expected 422 (the walker normalises as CPython does)
def f():
    pass
g = f.__ｇｌｏｂａｌｓ__
ｅｘｅｃ("print('PWN' + 'ED')")
