def f():
    x = yield *a, b
