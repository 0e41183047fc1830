ｘ = 1
print(x)
