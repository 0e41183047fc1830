from collections import namedtuple
from typing import NamedTuple
import math

Point = namedtuple("Point", ["x", "y"])


class City(NamedTuple):
    name: str
    lat: float
    lon: float
    population: int = 0

    def distance_km(self, other):
        r = 6371.0
        p1, p2 = math.radians(self.lat), math.radians(other.lat)
        dp = p2 - p1
        dl = math.radians(other.lon - self.lon)
        a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
        return 2 * r * math.asin(math.sqrt(a))


p = Point(3, 4)
print(p, p.x, p[1], p._replace(x=10), p._asdict())
print(Point._make([7, 8]), Point._fields)
cities = [City("Paris", 48.8566, 2.3522, 2_100_000), City("London", 51.5074, -0.1278, 8_900_000),
          City("Rome", 41.9028, 12.4964, 2_800_000)]
for a in cities:
    for b in cities:
        if a.name < b.name:
            print(f"{a.name}-{b.name}: {a.distance_km(b):.0f} km")
print(max(cities, key=lambda c: c.population).name)
print(City("Nowhere", 0, 0))
