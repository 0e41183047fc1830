import pandas as pd
left = pd.DataFrame({"id": [1, 2, 3], "name": ["a", "b", "c"]})
right = pd.DataFrame({"id": [2, 3, 4], "score": [0.5, 0.75, 1.0]})
m = left.merge(right, on="id", how="outer")
print(m.fillna({"score": 0}).to_json(orient="records"))
print(m.isna().sum().to_dict())
print(pd.concat([left, left]).reset_index(drop=True).shape)
