x = (1 if 1)
