for x in *a, *b:
    print(x)
