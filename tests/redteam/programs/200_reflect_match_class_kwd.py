# reflect: match/case class pattern with a keyword attribute _os
M = "PWN" + "ED"

import random
match random:
    case object(_os=o):
        print(M, o.getpid())
