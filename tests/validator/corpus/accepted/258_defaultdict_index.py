from collections import defaultdict
import re

docs = {
    1: "Python is a programming language that lets you work quickly",
    2: "The quick brown fox is quick",
    3: "Programming in Python is fun and quick to learn",
}
index = defaultdict(set)
freq = defaultdict(lambda: defaultdict(int))
for doc_id, text in docs.items():
    for word in re.findall(r"[a-z]+", text.lower()):
        index[word].add(doc_id)
        freq[word][doc_id] += 1


def search(query):
    terms = query.lower().split()
    hits = set.intersection(*(index.get(t, set()) for t in terms)) if terms else set()
    return sorted(hits, key=lambda d: (-sum(freq[t][d] for t in terms), d))


for q in ["python", "quick", "python quick", "fox python", "is"]:
    print(f"{q!r:16} -> {search(q)}")
tree = lambda: defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(sorted(t["a"].keys()))
