def score(rolls):
    total, i = 0, 0
    frames = []
    for frame in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
        frames.append(total)
    return frames


for line in open(0).read().splitlines():
    rolls = list(map(int, line.split()))
    frames = score(rolls)
    print(" ".join(f"{f:>3}" for f in frames), "| final", frames[-1])
