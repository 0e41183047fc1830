# eval: collections.namedtuple with code in a field name (it validates identifiers)
import collections
try:
    T = collections.namedtuple("T", ["a", "b=print('PWN' + 'ED')"])
    T(1)
except Exception as e:
    print("refused:", type(e).__name__, e)
