x = a, *b
