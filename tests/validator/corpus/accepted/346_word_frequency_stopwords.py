import re
from collections import Counter

STOP = set("a an the and or of to in is it that was for on with as by at be this".split())
text = open(0).read()
tokens = re.findall(r"[a-z]+(?:'[a-z]+)?", text.lower())
content = [t for t in tokens if t not in STOP and len(t) > 2]
freq = Counter(content)
print("tokens:", len(tokens), "content:", len(content), "distinct:", len(freq))
for word, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:<12}{n:>3}")
bigrams = Counter(zip(content, content[1:]))
print([" ".join(b) for b, n in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3]])
