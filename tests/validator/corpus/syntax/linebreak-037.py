#   eval
x = 1
