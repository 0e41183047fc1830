# adversary round 3: 004_random_private_random
import random
class Mine:
    def __init__(self):
        self._random = 1
m = random._random
print(repr(m), type(m).__name__)
if type(m).__name__ == "module":
    print("PWN" + "ED")
