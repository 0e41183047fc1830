import random
from collections import Counter

random.seed(2024)
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(3600)]
counts = Counter(rolls)
for total in range(2, 13):
    print(f"{total:>2} {counts[total]:>4} {'*' * (counts[total] // 20)}")
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], random.choice(deck), random.sample(range(100), 5))
print(random.choices(["red", "green", "blue"], weights=[5, 3, 1], k=10))
print(round(random.random(), 6), round(random.uniform(10, 20), 6), round(random.gauss(0, 1), 6))
rng = random.Random(99)
print([rng.randrange(0, 100, 5) for _ in range(6)], rng.getrandbits(16))
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)
