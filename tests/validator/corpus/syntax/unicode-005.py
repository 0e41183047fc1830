ℌ = 1
print(H)
