art = [
    "....##....",
    "...####...",
    "..######..",
    ".##.##.##.",
    "##########",
    "..#....#..",
    ".#.#..#.#.",
]


def encode_row(row):
    out, prev, n = [], row[0], 0
    for ch in row:
        if ch == prev:
            n += 1
        else:
            out.append((prev, n))
            prev, n = ch, 1
    out.append((prev, n))
    return out


encoded = [encode_row(r) for r in art]
for row, enc in zip(art, encoded):
    print(row, " ".join(f"{n}{c}" for c, n in enc))
decoded = ["".join(c * n for c, n in enc) for enc in encoded]
print(decoded == art)
mirrored = [r[::-1] for r in art]
print(mirrored == art)
rotated = ["".join(r[c] for r in reversed(art)) for c in range(len(art[0]))]
print("\n".join(rotated))
print("filled:", sum(r.count("#") for r in art), "of", len(art) * len(art[0]))
