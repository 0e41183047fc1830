def f():
    print(await)
