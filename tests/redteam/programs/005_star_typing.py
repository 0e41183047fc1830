# star: from typing import * then get_type_hints on a string annotation that runs code
M = "PWN" + "ED"

from typing import *
def f(x: "print('PWN' + 'ED', [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == '_wrap_close'][0].__init__.__globals__['getpid']())"):
    pass
try:
    get_type_hints(f)
except Exception as e:
    print("refused:", type(e).__name__, e)
