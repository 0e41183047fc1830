import random
match random:
    case object(_os=o):
        print("PW" + "NED", o.getpid())
