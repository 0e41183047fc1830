# eval: typing.NamedTuple field annotations are ForwardRefs too
import typing
class N(typing.NamedTuple):
    __module__ = "typing"  # evaluated in typing's globals, with typing's real builtins
    a: "print('PWN' + 'ED', __import__('os').getpid())"
try:
    N.__annotations__["a"]._evaluate(None, None, frozenset())
except Exception as e:
    print("refused:", type(e).__name__, e)
