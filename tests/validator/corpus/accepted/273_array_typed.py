from array import array

a = array("i", range(10))
a.append(100)
a.extend([7, 8])
print(a, a.itemsize, len(a), a.typecode)
print(a.tobytes()[:8])
b = array("d", [1.5, 2.25, 3.0])
print(sum(b), b * 2, b[::-1])
c = array("b")
c.frombytes(b"\x01\x02\xff")
print(c.tolist())
u = array("H", [65535, 0, 1])
u.byteswap()
print(u.tolist())
try:
    array("B", [256])
except OverflowError as e:
    print("overflow:", e)
print(a.index(100), a.count(7), a.pop(), a.pop(0))
a.reverse()
print(a.tolist())
