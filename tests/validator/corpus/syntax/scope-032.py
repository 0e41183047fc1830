x = [y for y in range(3) if (y := 1)]
