# reflect: match os
import random
match random:
    case object(_os=o):
        print("PWN" + "ED", o.getpid())
