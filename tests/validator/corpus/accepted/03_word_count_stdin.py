from collections import Counter

# `sys` is forbidden: standard input is read with open(0) or input().
text = open(0).read()
words = [w.strip(".,!?").lower() for w in text.split()]
counts = Counter(w for w in words if w)
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(f"{word:<8}{n:>3}")
