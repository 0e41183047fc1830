s = input().strip()
q = int(input())
for _ in range(q):
    parts = input().split()
    op = parts[0]
    if op == "rev":
        l, r = int(parts[1]) - 1, int(parts[2])
        s = s[:l] + s[l:r][::-1] + s[r:]
    elif op == "count":
        print(s.count(parts[1]))
    elif op == "upper":
        l, r = int(parts[1]) - 1, int(parts[2])
        s = s[:l] + s[l:r].upper() + s[r:]
    elif op == "find":
        i = s.find(parts[1])
        print(i + 1 if i >= 0 else -1)
    elif op == "show":
        print(s)
