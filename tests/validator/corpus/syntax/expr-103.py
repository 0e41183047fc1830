class A:
    x = [(y := 1) for i in a]
