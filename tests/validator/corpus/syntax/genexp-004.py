f([a][0] for x in y, 1)
