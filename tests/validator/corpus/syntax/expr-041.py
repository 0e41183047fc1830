x = [i for i in a if lambda: 1]
