import heapq
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)
    duration: int = field(compare=False)
    deps: tuple = field(default=(), compare=False)


tasks = [
    Task(2, 0, "compile", 4, ("fetch",)),
    Task(1, 1, "fetch", 2),
    Task(3, 2, "test", 5, ("compile",)),
    Task(1, 3, "lint", 1, ("fetch",)),
    Task(4, 4, "package", 2, ("test", "lint")),
    Task(2, 5, "docs", 3),
]
done = {}
pending = {t.name: t for t in tasks}
ready = [t for t in tasks if not t.deps]
heapq.heapify(ready)
clock = 0
while ready:
    t = heapq.heappop(ready)
    start = max([clock] + [done[d] for d in t.deps])
    clock = start + t.duration
    done[t.name] = clock
    del pending[t.name]
    print(f"t={start:>2}-{clock:>2} {t.name:<8} (p{t.priority})")
    for other in list(pending.values()):
        if other not in ready and all(d in done for d in other.deps):
            heapq.heappush(ready, other)
print("makespan", clock, "unfinished", sorted(pending))
