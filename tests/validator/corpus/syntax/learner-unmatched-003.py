colors = ["red", "green"]]
for c in colors:
    print(c)
