import re
from collections import Counter

text = open(0).read()
sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]
words = re.findall(r"[A-Za-z']+", text)
lower = [w.lower() for w in words]


def syllables(word):
    groups = re.findall(r"[aeiouy]+", word.lower())
    n = len(groups) - (1 if word.lower().endswith("e") and len(groups) > 1 else 0)
    return max(1, n)


total_syll = sum(syllables(w) for w in words)
fk = 206.835 - 1.015 * len(words) / len(sentences) - 84.6 * total_syll / len(words)
print(f"sentences={len(sentences)} words={len(words)} syllables={total_syll}")
print(f"avg word length={sum(map(len, words)) / len(words):.2f}")
print(f"flesch reading ease={fk:.1f}")
print("longest words:", sorted(set(lower), key=lambda w: (-len(w), w))[:4])
print("top:", Counter(lower).most_common(4))
print("lexical diversity: {0:.3f}".format(len(set(lower)) / len(lower)))
