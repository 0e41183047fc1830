x = [[(y := 1) for y in a] for z in b]
