# eval: a TypedDict's string annotation is a ForwardRef bound to the class's __module__: say 'enum'
import typing
class T(typing.TypedDict):
    __module__ = "enum"  # the ForwardRef is evaluated in enum's globals (sys, bltns)
    a: "print('PWN' + 'ED', sys.modules['os'].getpid())"
try:
    T.__annotations__["a"]._evaluate(None, None, frozenset())
except Exception as e:
    print("refused:", type(e).__name__, e)
