x = a.b.c()
