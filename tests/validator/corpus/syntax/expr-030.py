x = [i for i in a for j in i]
