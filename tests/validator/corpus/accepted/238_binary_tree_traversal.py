from collections import deque


class TreeNode:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None


def insert(root, key):
    if root is None:
        return TreeNode(key)
    if key < root.key:
        root.left = insert(root.left, key)
    else:
        root.right = insert(root.right, key)
    return root


def inorder(node):
    if node:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def preorder(root):
    stack = [root] if root else []
    while stack:
        n = stack.pop()
        yield n.key
        stack.extend(c for c in (n.right, n.left) if c)


def levels(root):
    q = deque([(root, 0)])
    out = {}
    while q:
        n, d = q.popleft()
        if n:
            out.setdefault(d, []).append(n.key)
            q.extend([(n.left, d + 1), (n.right, d + 1)])
    return out


def height(node):
    return 0 if node is None else 1 + max(height(node.left), height(node.right))


root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(list(inorder(root)))
print(list(preorder(root)))
print(levels(root))
print("height", height(root))
