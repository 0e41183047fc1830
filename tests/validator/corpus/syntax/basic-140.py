def f():
    return [z for z in (await x for x in y)]