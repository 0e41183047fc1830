x = 3
print x
y = 4
