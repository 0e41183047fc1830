from collections import Counter
import string

text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief."""
letters = Counter(ch for ch in text.lower() if ch in string.ascii_lowercase)
total = sum(letters.values())
for letter, count in letters.most_common(6):
    bar = "#" * (count * 60 // total)
    print(f"{letter} {count:3d} {count / total:6.2%} {bar}")
missing = sorted(set(string.ascii_lowercase) - set(letters))
print("missing:", "".join(missing))
words = Counter(text.lower().replace(",", "").replace(".", "").split())
print(words.most_common(3))
print((words - Counter({"it": 5, "was": 5})).most_common(2))
