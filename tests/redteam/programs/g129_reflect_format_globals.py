# reflect: format globals
def f(): pass
s = '{0.__globals__}'.format(f)
print(len(s) > 0)
