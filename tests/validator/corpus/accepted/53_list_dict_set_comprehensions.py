words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig"]
lengths = {w: len(w) for w in words}
caps = [w for w in words if w[0].isupper()]
vowels = sorted({c for w in words for c in w.lower() if c in "aeiou"})
matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
flat = [x for row in matrix for x in row if x % 2 == 0]
pairs = [(a, b) for a in range(3) for b in range(a)]
print(lengths["cherry"], caps, vowels)
print(matrix, flat, pairs)
print(dict(zip("abc", range(3))), list(enumerate("xy", start=1)), {k: v for k, v in sorted(lengths.items()) if v > 5})
print(any(w.startswith("d") for w in words), all(len(w) > 2 for w in words), sum(map(len, words)), min(words, key=len))
