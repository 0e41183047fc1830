x = [(y := 1) for z in a]
