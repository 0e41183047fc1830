x = a.\
b
