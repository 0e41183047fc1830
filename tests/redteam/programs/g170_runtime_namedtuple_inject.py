# runtime: namedtuple inject
import collections
try:
    collections.namedtuple('X', ['a=print("PWN" "ED")'])
except ValueError:
    pass
