f(k=x for x in y)
