f(b, i for i in a)
