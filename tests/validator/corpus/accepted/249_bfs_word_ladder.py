from collections import deque
import string


def ladder(start, end, words):
    words = set(words)
    prev = {start: None}
    q = deque([start])
    while q:
        w = q.popleft()
        if w == end:
            path = []
            while w:
                path.append(w)
                w = prev[w]
            return path[::-1]
        for i in range(len(w)):
            for c in string.ascii_lowercase:
                nxt = w[:i] + c + w[i + 1:]
                if nxt in words and nxt not in prev:
                    prev[nxt] = w
                    q.append(nxt)
    return None


vocab = "hot dot dog lot log cog hit cot cat bat bag big bog".split()
print(ladder("hit", "cog", vocab))
print(ladder("cat", "dog", vocab))
print(ladder("hit", "xyz", vocab))
