def f():
    x = [[j async for j in i] for i in a]
