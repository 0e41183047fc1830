from itertools import groupby


def rle(s):
    return "".join(f"{ch}{len(list(g))}" for ch, g in groupby(s))


def unrle(s):
    out, i = [], 0
    while i < len(s):
        ch = s[i]
        j = i + 1
        while j < len(s) and s[j].isdigit():
            j += 1
        out.append(ch * int(s[i + 1:j]))
        i = j
    return "".join(out)


for line in open(0).read().splitlines():
    enc = rle(line)
    shorter = enc if len(enc) < len(line) else line
    print(f"{line!r}: {enc} -> {unrle(enc) == line} best={shorter}")
