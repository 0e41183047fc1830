x = a and b or not c
