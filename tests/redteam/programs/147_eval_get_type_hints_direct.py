# eval: typing.get_type_hints on a string annotation (a refused name)
import typing
def f(x: "print('PWN' + 'ED', [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0].__init__.__globals__['getpid']())"):
    pass
typing.get_type_hints(f)
