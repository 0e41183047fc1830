class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


class LinkedList:
    def __init__(self, iterable=()):
        self.head = None
        self._len = 0
        for x in reversed(list(iterable)):
            self.push(x)

    def push(self, value):
        self.head = Node(value, self.head)
        self._len += 1

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def __len__(self):
        return self._len

    def __repr__(self):
        return " -> ".join(map(str, self)) or "(empty)"

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def middle(self):
        slow = fast = self.head
        while fast and fast.next:
            slow, fast = slow.next, fast.next.next
        return slow.value if slow else None


ll = LinkedList(range(1, 8))
print(ll, len(ll), "middle", ll.middle())
ll.reverse()
print(ll)
ll.push(0)
print(ll, sum(ll), max(ll))
print(LinkedList())
