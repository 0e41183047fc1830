x = 1and 2
