scores = [90, 85, 77
total = sum(scores)
print(total / len(scores))
