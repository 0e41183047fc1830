def f():
    global x
    import x
