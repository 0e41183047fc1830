# reflect: forwardref
import typing
print("PWN" + "ED", typing.ForwardRef("__import__('os')")._evaluate(None, None, frozenset()))
