import random

random.seed(12345)
print(random.randint(1, 100), random.random() < 1, random.choice("abcdef"))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5))
rng = random.Random(7)
print([rng.randrange(0, 10, 2) for _ in range(5)])
print(round(rng.uniform(1, 2), 6), rng.choices("xyz", weights=[1, 0, 0], k=3))
