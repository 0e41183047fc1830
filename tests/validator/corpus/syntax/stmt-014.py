assert x, 'm'
