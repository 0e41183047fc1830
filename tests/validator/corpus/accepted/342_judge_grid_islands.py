def main():
    h, w = map(int, input().split())
    grid = [list(input()) for _ in range(h)]
    sizes = []
    for r in range(h):
        for c in range(w):
            if grid[r][c] == "1":
                size = 0
                stack = [(r, c)]
                grid[r][c] = "0"
                while stack:
                    y, x = stack.pop()
                    size += 1
                    for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                        if 0 <= ny < h and 0 <= nx < w and grid[ny][nx] == "1":
                            grid[ny][nx] = "0"
                            stack.append((ny, nx))
                sizes.append(size)
    print(len(sizes))
    print(*sorted(sizes, reverse=True))


if __name__ == "__main__":
    main()
