from enum import Enum, auto, IntEnum, Flag

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()

class Priority(IntEnum):
    LOW = 1
    HIGH = 3

class Perm(Flag):
    R = 4
    W = 2
    X = 1

transitions = {State.IDLE: State.RUNNING, State.RUNNING: State.DONE}
s = State.IDLE
while s in transitions:
    print(s.name, "->", transitions[s].name)
    s = transitions[s]
print(State(2), State["DONE"].value, [m.name for m in State])
print(Priority.HIGH > Priority.LOW, Priority(1).name, Perm.R | Perm.W, Perm.X in (Perm.R | Perm.X))
