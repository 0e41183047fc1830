# reflect: vars module
import random
print("PWN" + "ED", vars(random)['_os'].getpid())
