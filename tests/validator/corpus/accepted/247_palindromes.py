def longest_palindrome(s):
    best = ""
    for center in range(2 * len(s) - 1):
        lo, hi = center // 2, (center + 1) // 2
        while lo >= 0 and hi < len(s) and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > len(best):
            best = s[lo + 1:hi]
    return best


def is_palindrome(text):
    cleaned = [c.lower() for c in text if c.isalnum()]
    return cleaned == cleaned[::-1]


t = int(input())
for _ in range(t):
    line = input()
    print(is_palindrome(line), repr(longest_palindrome(line.replace(" ", "").lower())))
print([n for n in range(10, 200) if str(n) == str(n)[::-1] and str(n * n) == str(n * n)[::-1]])
