x = (a
.b)
