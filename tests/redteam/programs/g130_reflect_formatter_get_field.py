# reflect: formatter get field
import string
obj, _ = string.Formatter().get_field('0.__globals__', [lambda: 0], {})
print("PWN" + "ED", obj['__builtins__'])
