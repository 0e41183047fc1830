class A:
    def f(): pass
    return
