import random, json
G = type(json)
super(G, random).__init__("importlib")
print(random.__name__, random)
try:
    from random import machinery
    print("PW" + "NED", machinery)
except BaseException as e:
    print("stopped:", type(e).__name__, e)
import random as r2
print(r2.__name__)
