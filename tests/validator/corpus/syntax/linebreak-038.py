#  eval
x = 1
