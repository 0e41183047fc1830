def f():
    x = (i async for i in a)
