case = match = 1
