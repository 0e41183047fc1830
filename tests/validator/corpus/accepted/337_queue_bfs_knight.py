from collections import deque


def knight_distance(start, goal, n=8):
    moves = [(1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)]
    dist = {start: 0}
    prev = {}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == goal:
            path = [cur]
            while path[-1] in prev:
                path.append(prev[path[-1]])
            return dist[cur], path[::-1]
        for dx, dy in moves:
            nx, ny = cur[0] + dx, cur[1] + dy
            if 0 <= nx < n and 0 <= ny < n and (nx, ny) not in dist:
                dist[(nx, ny)] = dist[cur] + 1
                prev[(nx, ny)] = cur
                q.append((nx, ny))
    return -1, []


def sq(name):
    return ord(name[0]) - ord("a"), int(name[1]) - 1


def name(p):
    return "abcdefgh"[p[0]] + str(p[1] + 1)


for line in open(0).read().splitlines():
    a, b = line.split()
    d, path = knight_distance(sq(a), sq(b))
    print(f"{a}->{b}: {d} moves {' '.join(map(name, path))}")
