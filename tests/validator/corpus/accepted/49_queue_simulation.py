import random
from collections import deque
import statistics

random.seed(2024)
queue = deque()
waits = []
clock = 0
served = 0
for minute in range(120):
    if random.random() < 0.4:
        queue.append(minute)
    if queue and random.random() < 0.5:
        waits.append(minute - queue.popleft())
        served += 1
print(served, len(queue), round(statistics.mean(waits), 3), max(waits))
