x = {(y := 1): y for y in a}
