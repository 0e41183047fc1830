import pandas as pd
df = pd.DataFrame({"a": [1]})
print("PW" + "NED:", df.query("a.__class__.__mro__[-1].__subclasses__()"))
