def f():
    f'{yield}'
