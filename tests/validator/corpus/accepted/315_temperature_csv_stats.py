import csv
import io
import statistics
from datetime import date

RAW = """date,station,tmin,tmax,precip
2024-07-01,A,14.2,25.1,0.0
2024-07-02,A,15.0,27.3,2.5
2024-07-03,A,13.1,22.0,11.2
2024-07-01,B,18.4,31.0,0.0
2024-07-02,B,19.9,33.4,0.0
2024-07-03,B,20.2,34.8,0.4
2024-07-04,A,12.9,21.5,5.1
2024-07-04,B,,30.2,0.0
"""
rows = list(csv.DictReader(io.StringIO(RAW)))
stations = sorted({r["station"] for r in rows})
for st in stations:
    rs = [r for r in rows if r["station"] == st]
    tmax = [float(r["tmax"]) for r in rs]
    tmin = [float(r["tmin"]) for r in rs if r["tmin"]]
    rain = sum(float(r["precip"]) for r in rs)
    hottest = max(rs, key=lambda r: float(r["tmax"]))
    d = date.fromisoformat(hottest["date"])
    print(f"station {st}: days={len(rs)} mean tmax={statistics.mean(tmax):.2f} "
          f"mean tmin={statistics.mean(tmin):.2f} rain={rain:.1f}mm hottest={d:%a %d %b}")
missing = [(r["date"], r["station"]) for r in rows if not r["tmin"]]
print("missing tmin:", missing)
spread = {r["date"]: round(float(r["tmax"]) - float(r["tmin"]), 1) for r in rows if r["station"] == "A"}
print(spread)
