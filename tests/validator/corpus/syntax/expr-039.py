x = [i for i in lambda: 1]
