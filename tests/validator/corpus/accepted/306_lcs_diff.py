def lcs_table(a, b):
    dp = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            dp[i][j] = dp[i + 1][j + 1] + 1 if a[i] == b[j] else max(dp[i + 1][j], dp[i][j + 1])
    return dp


def diff(a, b):
    dp = lcs_table(a, b)
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out.append("  " + a[i]); i += 1; j += 1
        elif dp[i + 1][j] >= dp[i][j + 1]:
            out.append("- " + a[i]); i += 1
        else:
            out.append("+ " + b[j]); j += 1
    out += ["- " + x for x in a[i:]] + ["+ " + x for x in b[j:]]
    return out


text = open(0).read().split("---\n")
a, b = text[0].splitlines(), text[1].splitlines()
print("\n".join(diff(a, b)))
s1, s2 = "AGGTAB", "GXTXAYB"
print("LCS length", lcs_table(s1, s2)[0][0])
