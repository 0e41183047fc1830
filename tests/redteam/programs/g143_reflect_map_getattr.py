# reflect: map getattr
import random
m = list(map(getattr, [random], ['_os']))[0]
print("PWN" + "ED", m.getpid())
