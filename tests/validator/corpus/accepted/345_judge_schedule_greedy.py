import heapq

data = open(0).read().split()
n = int(data[0])
meetings = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
chosen, end = [], -1
for s, e in sorted(meetings, key=lambda m: (m[1], m[0])):
    if s >= end:
        chosen.append((s, e))
        end = e
print("max non-overlapping:", len(chosen), chosen)
rooms = []
assignment = []
opened = 0
for s, e in sorted(meetings):
    if rooms and rooms[0][0] <= s:
        _, room = heapq.heappop(rooms)
    else:
        room = opened
        opened += 1
    heapq.heappush(rooms, (e, room))
    assignment.append((s, e, room))
print("rooms needed:", len({r for *_, r in assignment}))
for s, e, r in assignment:
    print(f"  [{s:>2},{e:>2}) -> room {r}")
