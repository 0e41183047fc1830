# reflect: gi frame
def g():
    yield 1
x = g()
print("PWN" + "ED", x.gi_frame.f_back)
