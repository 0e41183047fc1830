import pandas as pd
df = pd.read_csv("data.csv")
table = df.pivot_table(index="city", columns="month", values="sales", aggfunc="sum")
print(table)
table.to_csv("out/pivot.csv")
print(open("out/pivot.csv").read(), end="")
df["share"] = (df["sales"] / df.groupby("city")["sales"].transform("sum")).round(3)
print(df.to_dict("records")[0])
