x = [x for in y]
