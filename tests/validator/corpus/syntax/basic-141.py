class A:
    x = (await x for x in y)