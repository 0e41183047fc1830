def prefix_function(p):
    pi = [0] * len(p)
    k = 0
    for i in range(1, len(p)):
        while k and p[i] != p[k]:
            k = pi[k - 1]
        if p[i] == p[k]:
            k += 1
        pi[i] = k
    return pi


def kmp(text, pattern):
    pi = prefix_function(pattern)
    res, k = [], 0
    for i, ch in enumerate(text):
        while k and ch != pattern[k]:
            k = pi[k - 1]
        if ch == pattern[k]:
            k += 1
        if k == len(pattern):
            res.append(i - k + 1)
            k = pi[k - 1]
    return res


def z_function(s):
    z = [0] * len(s)
    l = r = 0
    for i in range(1, len(s)):
        if i < r:
            z[i] = min(r - i, z[i - l])
        while i + z[i] < len(s) and s[z[i]] == s[i + z[i]]:
            z[i] += 1
        if i + z[i] > r:
            l, r = i, i + z[i]
    return z


text = input()
pattern = input()
print(prefix_function(pattern))
print(kmp(text, pattern))
print(z_function(pattern + "$" + text)[len(pattern) + 1:].count(len(pattern)))
period = len(pattern) - prefix_function(pattern)[-1]
print("smallest period", period)
