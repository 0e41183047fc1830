x = a .b
