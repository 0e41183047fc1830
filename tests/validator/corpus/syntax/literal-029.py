x = 1in a
