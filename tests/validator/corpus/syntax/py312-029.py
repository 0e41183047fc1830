del x[*a]
