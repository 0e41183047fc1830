type(x) = 1
