# reflect: dir getattr
import random
for n in dir(random):
    if n.endswith('os'):
        print("PWN" + "ED", getattr(random, n).getpid())
