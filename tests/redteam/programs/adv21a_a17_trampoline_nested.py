def g():
    return "\x00sandbox: the class pattern guard"
t = g()
d = {"\x00sandbox: the class pattern guard": 1}
print(type(t).__name__, [type(k).__name__ for k in d])
import copy
print("deepcopy keeps identity:", copy.deepcopy(t) is t)
if type(t) is not str or any(type(k) is not str for k in d):
    print("PW" + "NED: a string constant of the program became a launcher object")
