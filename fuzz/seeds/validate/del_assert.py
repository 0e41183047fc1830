del a, (b, c), e.f, g[0]
assert x, 'msg'
