# reflect: getattr call
import random
m = getattr.__call__(random, '_os')
print("PWN" + "ED", m.getpid())
