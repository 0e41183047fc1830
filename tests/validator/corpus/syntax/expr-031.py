x = [i for i in a if i else 0]
