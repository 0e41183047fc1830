def f():
    return (yield)