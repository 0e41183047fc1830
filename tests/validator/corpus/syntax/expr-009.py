x = a in b is c
