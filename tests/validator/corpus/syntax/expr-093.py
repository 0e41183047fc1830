x = lambda: a := 1
