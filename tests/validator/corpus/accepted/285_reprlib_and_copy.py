import reprlib
import copy

big = list(range(1000))
print(reprlib.repr(big))
print(reprlib.repr("x" * 200))
print(reprlib.repr({i: str(i) for i in range(20)}))
r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
print(r.repr([["a" * 30] * 5, list(range(10))]))

original = {"name": "cfg", "items": [1, [2, 3]], "meta": {"tags": {"x"}}}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["items"][1].append(4)
original["meta"]["tags"].add("y")
print(shallow["items"], deep["items"])
print(sorted(shallow["meta"]["tags"]), sorted(deep["meta"]["tags"]))


class Node:
    def __init__(self, v):
        self.v = v
        self.peer = None

    def __copy__(self):
        n = Node(self.v)
        n.peer = self.peer
        return n


a, b = Node(1), Node(2)
a.peer, b.peer = b, a
c = copy.deepcopy(a)
print(c.peer.peer is c, c.peer is b, copy.copy(a).peer is b)
