def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]

def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]

def compress(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{s[i]}{j - i}")
        i = j
    return "".join(out)

print(is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("python"))
print(anagrams(["listen", "silent", "enlist", "google", "gooegl", "cat"]))
print(compress("aaabccdddd"))
print("Hello World".swapcase(), "  pad ".strip(), "a-b-c".split("-", 1), "x".join("abc"), "tEST".title())
print("café".encode("utf-8"), b"caf\xc3\xa9".decode(), "ß".upper(), "Straße".casefold())
print(ord("A"), chr(955), "abc".find("c"), "abcabc".rfind("b"), "{0}{1}{0}".format("a", "b"))
