x = [j := i for i in range(3)]
