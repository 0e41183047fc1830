# reflect: reduce getattr
import functools, random
m = functools.reduce(getattr, ['_os'], random)
print("PWN" + "ED", m.getpid())
