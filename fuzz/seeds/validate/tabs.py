if 1:
	x = 1
	if 2:
		y = 3
