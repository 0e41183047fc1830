def f():
    for x in y:
        class A:
            continue
