x = [i for i in a if i if not i]
