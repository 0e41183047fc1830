def check_isbn10(code):
    digits = code.replace("-", "")
    if len(digits) != 10:
        return False
    total = 0
    for i, ch in enumerate(digits):
        if ch in "Xx" and i == 9:
            v = 10
        elif ch.isdigit():
            v = int(ch)
        else:
            return False
        total += (10 - i) * v
    return total % 11 == 0


def luhn(number):
    digits = [int(d) for d in str(number)][::-1]
    s = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return s % 10 == 0


for isbn in ["0-306-40615-2", "0-306-40615-3", "0-8044-2957-X", "123"]:
    print(isbn, check_isbn10(isbn))
for card in [4539578763621486, 4539578763621487, 79927398713]:
    print(card, luhn(card))
assert luhn(79927398713), "known valid number"
try:
    assert check_isbn10("bad"), "invalid isbn rejected"
except AssertionError as e:
    print("assertion:", e)
