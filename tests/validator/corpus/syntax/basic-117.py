for x in y:
    [1 for z in w if (lambda: 1)]
    break