# reflect: getattr value
import random
g = getattr
m = g(random, '_os')
print("PWN" + "ED", m.getpid())
