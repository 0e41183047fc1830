# reflect: code replace
def f():
    return 1
f.__code__ = f.__code__.replace(co_consts=(None, 2))
print("PWN" + "ED", f())
