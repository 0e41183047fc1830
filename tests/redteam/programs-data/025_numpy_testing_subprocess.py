import numpy as np
t = [getattr(np, n) for n in ["test" + "ing"]][0]
print("PW" + "NED:", t.extbuild)
