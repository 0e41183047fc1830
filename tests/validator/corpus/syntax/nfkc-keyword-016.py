ｍａｔｃｈ = 1
print(match)
