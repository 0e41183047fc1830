# reflect: typing hints
import typing
def f(x: "__import__('os').getpid()"): pass
print("PWN" + "ED", typing.get_type_hints(f))
