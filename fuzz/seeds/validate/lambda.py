f = lambda x, *y, **z: (x, y, z)
