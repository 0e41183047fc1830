x = lambda: 0
