import string

LOW, UP = string.ascii_lowercase, string.ascii_uppercase


def caesar(text, shift):
    table = str.maketrans(LOW + UP, LOW[shift:] + LOW[:shift] + UP[shift:] + UP[:shift])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            s = ord(key[k % len(key)].lower()) - ord("a")
            if decrypt:
                s = -s
            out.append(chr((ord(ch) - base + s) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


msg = input()
key = input()
enc = caesar(msg, 3)
print(enc)
print(caesar(enc, 23))
v = vigenere(msg, key)
print(v)
print(vigenere(v, key, decrypt=True))
