# reflect: getattr concat
import random
m = getattr(random, '_' + 'os')
print("PWN" + "ED", m.getpid())
