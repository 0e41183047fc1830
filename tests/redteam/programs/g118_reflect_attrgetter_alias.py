# reflect: attrgetter alias
from operator import attrgetter as ag
import random
m = ag('_os')(random)
print("PWN" + "ED", m.getpid())
