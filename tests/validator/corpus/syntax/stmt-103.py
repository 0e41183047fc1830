global x, y
