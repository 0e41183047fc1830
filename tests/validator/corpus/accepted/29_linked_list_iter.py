class LinkedList:
    class _Node:
        def __init__(self, value, next=None):
            self.value, self.next = value, next

    def __init__(self, iterable=()):
        self.head = None
        for v in reversed(list(iterable)):
            self.head = self._Node(v, self.head)

    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next

    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

    def __str__(self):
        return " -> ".join(map(str, self)) or "(empty)"

ll = LinkedList([1, 2, 3, 4])
print(ll)
ll.reverse()
print(ll, sum(ll), LinkedList())
