import pandas as pd
idx = pd.date_range("2024-01-01", periods=10, freq="D")
s = pd.Series(range(10), index=idx)
print(s.resample("3D").sum())
print(s.rolling(3).mean().dropna().tolist()[:3])
df = pd.DataFrame({"when": ["2024-02-01", "2024-03-15"], "v": [1, 2]})
df["when"] = pd.to_datetime(df["when"])
print(df["when"].dt.month.tolist(), df.dtypes.astype(str).tolist())
