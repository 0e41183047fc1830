def f():
    nonlocal x