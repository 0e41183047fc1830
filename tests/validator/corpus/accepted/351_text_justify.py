def justify(words, width):
    lines, cur, length = [], [], 0
    for w in words:
        if cur and length + len(cur) + len(w) > width:
            lines.append((cur, length))
            cur, length = [], 0
        cur.append(w)
        length += len(w)
    out = []
    for ws, ln in lines:
        if len(ws) == 1:
            out.append(ws[0].ljust(width))
            continue
        gaps = len(ws) - 1
        spaces, extra = divmod(width - ln, gaps)
        s = ""
        for i, w in enumerate(ws[:-1]):
            s += w + " " * (spaces + (i < extra))
        out.append(s + ws[-1])
    out.append(" ".join(cur).ljust(width))
    return out


text = open(0).read().split()
for width in (16, 30):
    for line in justify(text, width):
        print(f"|{line}|")
    print()
