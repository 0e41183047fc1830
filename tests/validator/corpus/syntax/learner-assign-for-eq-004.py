items = [1, 2, 3]
if len(items) = 3:
    print("three")
