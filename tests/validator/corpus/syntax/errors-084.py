x = [x for x y]
