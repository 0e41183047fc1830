x = lambda a: (yield)
