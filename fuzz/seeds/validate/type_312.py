type X = int
def f[T](x: T): pass
