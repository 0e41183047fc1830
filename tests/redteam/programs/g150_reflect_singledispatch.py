# reflect: singledispatch
import functools
@functools.singledispatch
def f(x): pass
@f.register
def _(x: "print('PWN' 'ED')"): pass
