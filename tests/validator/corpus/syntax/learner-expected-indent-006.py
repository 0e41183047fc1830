if x > 3:
    print("big")
else:
print("small")
