import queue
import random

random.seed(7)
q = queue.Queue()
pq = queue.PriorityQueue()
lifo = queue.LifoQueue(maxsize=3)

arrivals = sorted(random.randint(0, 60) for _ in range(10))
for i, t in enumerate(arrivals):
    q.put((t, f"cust{i}"))
clock = 0
waits = []
while not q.empty():
    arrive, name = q.get()
    clock = max(clock, arrive)
    service = random.randint(2, 8)
    waits.append(clock - arrive)
    print(f"{name:<7} arrive={arrive:>2} start={clock:>2} service={service}")
    clock += service
print("avg wait", sum(waits) / len(waits), "max", max(waits))
for prio, job in [(3, "low"), (1, "urgent"), (2, "normal"), (1, "urgent2")]:
    pq.put((prio, job))
print([pq.get()[1] for _ in range(pq.qsize())])
for x in "abc":
    lifo.put(x)
print(lifo.full())
try:
    lifo.put_nowait("d")
except queue.Full:
    print("lifo full")
print([lifo.get() for _ in range(3)])
try:
    lifo.get_nowait()
except queue.Empty:
    print("lifo empty")
