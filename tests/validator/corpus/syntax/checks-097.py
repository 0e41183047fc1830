x = [(ｙ := 1) for y in a]
