def f(**k,): pass
