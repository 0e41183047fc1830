# eval: Optional['...'].__args__[0]._evaluate
import typing
fr = typing.Optional["print('PWN' + 'ED', __import__('os').getpid())"].__args__[0]
try:
    fr._evaluate({}, {}, frozenset())
except Exception as e:
    print("refused:", type(e).__name__, e)
