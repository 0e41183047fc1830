def parse(text):
    digits = [int(c) if c.isdigit() else 0 for c in text if c.isdigit() or c == "."]
    return [digits[i * 9:(i + 1) * 9] for i in range(9)]


def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]


def solve(g):
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cand = candidates(g, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for d in cand:
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False


grid = parse(open(0).read())
print("solved:", solve(grid))
for i, row in enumerate(grid):
    if i and i % 3 == 0:
        print("------+-------+------")
    print(" | ".join(" ".join(map(str, row[j:j + 3])) for j in (0, 3, 6)))
