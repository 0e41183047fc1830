x = 1not in a
