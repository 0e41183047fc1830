import json, random
MT = type(json).mro()[1]
try:
    MT.__init__(random, "o" + "s")
    print("renamed", random.__name__)
    from random import path
    print("PW" + "NED?", path)
except Exception as e:
    print("held", type(e).__name__, e)
