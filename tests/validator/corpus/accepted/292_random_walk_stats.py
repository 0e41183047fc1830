import random
import statistics

random.seed(11)


def walk(steps):
    x = y = 0
    max_dist = 0
    for _ in range(steps):
        dx, dy = random.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        x += dx
        y += dy
        max_dist = max(max_dist, abs(x) + abs(y))
    return x, y, max_dist


results = [walk(120) for _ in range(200)]
final = [abs(x) + abs(y) for x, y, _ in results]
print("mean final distance", round(statistics.mean(final), 3))
print("median", statistics.median(final), "max", max(final))
print("mean max distance", round(statistics.mean(m for *_, m in results), 3))
returned = sum(1 for x, y, _ in results if x == 0 and y == 0)
print("returned to origin", returned)
hist = statistics.multimode(final)
print("modes", hist)
print("correlation", round(statistics.correlation(final, [m for *_, m in results]), 4))
slope, intercept = statistics.linear_regression(final, [m for *_, m in results])
print(round(slope, 4), round(intercept, 4))
