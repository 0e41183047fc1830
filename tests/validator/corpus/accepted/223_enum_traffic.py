from enum import Enum, IntEnum, Flag, auto


class Light(Enum):
    RED = "stop"
    YELLOW = "slow"
    GREEN = "go"

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


state = Light.RED
for _ in range(4):
    print(state.name, state.value)
    state = state.next()
print(Light("go"), Light["YELLOW"])
tasks = [("deploy", Priority.HIGH), ("lint", Priority.LOW), ("test", Priority.MEDIUM)]
for name, p in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{name:<7}{p.name:<7}{int(p)}")
rw = Perm.READ | Perm.WRITE
print(Perm.WRITE in rw, Perm.EXEC in rw, rw.value)
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1)
