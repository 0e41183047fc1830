import functools
import random
box = []
class Catcher:
    def update(self, d):
        box.append(d)
class Sink:
    __dict__ = Catcher()
try:
    functools.update_wrapper(Sink(), random)
    print("PW" + "NED", len(box[0]))
except PermissionError as e:
    print("stopped:", e)
