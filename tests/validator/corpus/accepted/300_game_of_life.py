def step(live):
    counts = {}
    for r, c in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = (r + dr, c + dc)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def show(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))


rows = open(0).read().split()
live = {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}
h, w = len(rows), len(rows[0])
for gen in range(4):
    print(f"generation {gen} ({len(live)} alive)")
    print(show(live, h, w))
    live = step(live)
