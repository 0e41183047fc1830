# reflect: setattr dunder
class A: pass
setattr(A, '__call__', print)
A()("PWN" + "ED")
