# adversary round 2: 018_format_runtime
import random
print(("{0._o" + "s}").format(random))
print(("{0._o" + "s.environ}").format(random))