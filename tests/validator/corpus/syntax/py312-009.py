type.x = 1
