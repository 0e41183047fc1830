def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append((src, dst))
        hanoi(n - 1, via, dst, src, moves)
    return moves

def permutations(items):
    if len(items) <= 1:
        return [items]
    return [[x] + p for i, x in enumerate(items) for p in permutations(items[:i] + items[i + 1:])]

def flood_fill(grid, r, c, new):
    old = grid[r][c]
    if old == new:
        return grid
    def fill(r, c):
        if 0 <= r < len(grid) and 0 <= c < len(grid[0]) and grid[r][c] == old:
            grid[r][c] = new
            for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                fill(r + dr, c + dc)
    fill(r, c)
    return grid

print(len(hanoi(10)), hanoi(2))
print(permutations([1, 2, 3]))
print(flood_fill([[1, 1, 0], [1, 0, 0], [1, 1, 1]], 0, 0, 7))
