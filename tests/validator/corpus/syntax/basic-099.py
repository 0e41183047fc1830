def f():
    class A:
        x = (yield)