import pandas as pd
df = pd.read_csv("data.csv")
print(df.describe().round(2))
print(df.groupby("city")["sales"].agg(["mean", "sum", "count"]))
print(df.sort_values("sales", ascending=False).head(3).to_string(index=False))
