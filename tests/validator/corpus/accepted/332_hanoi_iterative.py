def hanoi_moves(n, src="A", aux="B", dst="C"):
    stack = [(n, src, aux, dst, False)]
    while stack:
        k, s, a, d, expanded = stack.pop()
        if k == 0:
            continue
        if expanded:
            yield k, s, d
        else:
            stack.append((k - 1, a, s, d, False))
            stack.append((k, s, a, d, True))
            stack.append((k - 1, s, d, a, False))


pegs = {"A": list(range(4, 0, -1)), "B": [], "C": []}
for i, (disk, s, d) in enumerate(hanoi_moves(4), 1):
    moved = pegs[s].pop()
    assert moved == disk and (not pegs[d] or pegs[d][-1] > disk)
    pegs[d].append(moved)
    if i <= 5 or i == 15:
        print(f"{i:>2}: disk {disk} {s}->{d}  {pegs}")
print(sum(1 for _ in hanoi_moves(10)), 2 ** 10 - 1)
