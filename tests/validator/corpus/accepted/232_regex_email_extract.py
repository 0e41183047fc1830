import re

text = """Contact alice@example.com or bob.smith@mail.co.uk for details.
Invalid: @nobody.com, carol@, dave@localhost
Phone: (555) 123-4567, 555.987.6543, +1-555-000-1111
Dates: 2024-01-15, 15/01/2024, 2023-12-31"""

EMAIL = r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"
PHONE = r"\(?(\d{3})\)?[\s.-]?(\d{3})[.-](\d{4})"
ISO = r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})"

print(re.findall(EMAIL, text))
for m in re.finditer(PHONE, text):
    print("phone", "-".join(m.groups()))
for m in re.finditer(ISO, text):
    print(m.group("day"), m["month"], m.groupdict()["year"], m.span())
print(re.sub(ISO, r"\g<day>.\g<month>.\g<year>", "due 2024-02-29"))
print(re.split(r"[,;]\s*", "a, b;c ,d;  e"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(bool(re.fullmatch(r"[A-Z]{2}\d{4}", "AB1234")), re.search(r"\d+", "abc") is None)
