class Trie:
    def __init__(self):
        self.children = {}
        self.count = 0
        self.end = False

    def insert(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
            node.count += 1
        node.end = True

    def _find(self, prefix):
        node = self
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def starts_with(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0

    def complete(self, prefix, limit=5):
        node = self._find(prefix)
        out = []

        def dfs(n, acc):
            if len(out) >= limit:
                return
            if n.end:
                out.append(acc)
            for ch in sorted(n.children):
                dfs(n.children[ch], acc + ch)

        if node:
            dfs(node, prefix)
        return out


t = Trie()
lines = open(0).read().split("\n")
for w in lines[0].split():
    t.insert(w)
for q in lines[1].split():
    print(f"{q:<5} count={t.starts_with(q)} -> {t.complete(q, 4)}")
