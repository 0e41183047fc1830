def popcount(n):
    count = 0
    while n:
        n &= n - 1
        count += 1
    return count

def subsets(items):
    return [[items[i] for i in range(len(items)) if mask >> i & 1] for mask in range(1 << len(items))]

print([popcount(n) for n in range(9)], bin(42), int("101010", 2), 42 .bit_length(), (255).to_bytes(2, "big"))
print(subsets("abc"))
print(int.from_bytes(b"\x01\x00", "little"), hex(0xdead ^ 0xbeef), ~7, -7 >> 1, 1 << 10)
