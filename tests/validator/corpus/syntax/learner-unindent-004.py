def f():
    x = 1
    if x:
        return x
   return 0
