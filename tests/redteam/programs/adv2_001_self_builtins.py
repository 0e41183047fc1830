# adversary round 2: 001_self_builtins
print(print.__self__)
m = len.__self__
print(repr(m), type(m))
