import string

DIGITS = string.digits + string.ascii_uppercase


def to_base(n, b):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


for line in open(0).read().splitlines():
    value, frm, to = line.split()
    n = int(value, int(frm))
    print(f"{value} (base {frm}) = {to_base(n, int(to))} (base {to}) = {n}")
print(bin(255), oct(255), hex(255), int("ff", 16), int("0b1010", 0), int("0o17", 0))
print(f"{255:b} {255:o} {255:X} {-42:#x}")
print((1234).to_bytes(2, "big"), int.from_bytes(b"\x04\xd2", "big"), (255).bit_length(), (0b10110).bit_count())
