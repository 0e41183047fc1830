x = 5.j
