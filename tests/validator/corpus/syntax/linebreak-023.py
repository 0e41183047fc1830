# comment
x = 1
