f(1, k=(x for x in y))
