[a, [b, *c]] = x
