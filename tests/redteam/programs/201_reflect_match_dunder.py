# reflect: match/case pulls __globals__ off a stdlib function
M = "PWN" + "ED"

import random
match random.choice:
    case object(__func__=object(__globals__=g)):
        print(M, g["_os"].getpid())
