import pandas as pd
s = pd.Series([1, 2])
# pandas' own getattr with the program's string: a slot that reads any object's namespace
r = s.agg("__get" + "state__")
print("PW" + "NED:", r)
