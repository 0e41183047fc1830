f((x) # c
 for x in y)
