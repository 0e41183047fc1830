if 1:
    x = 0
    x = 1
    x = 2
