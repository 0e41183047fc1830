x = a is not b
x = a not in b
