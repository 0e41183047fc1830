def f():
    '''doc'''
