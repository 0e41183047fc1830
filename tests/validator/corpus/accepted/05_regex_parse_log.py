import re

LOG = """2024-01-05 10:00:01 ERROR disk full on /dev/sda1
2024-01-05 10:00:02 INFO started worker 3
2024-01-05 10:01:17 WARN slow response 1200ms
2024-01-05 10:02:00 ERROR timeout after 30s"""

pattern = re.compile(r"^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (?P<level>[A-Z]+) (?P<msg>.*)$", re.M)
for m in pattern.finditer(LOG):
    if m.group("level") == "ERROR":
        print(m.group(2), m["msg"])
print(re.findall(r"\d+(?=ms|s\b)", LOG))
print(re.sub(r"\s+", " ", "  too   many    spaces ").strip())
print(re.split(r"[;,]\s*", "a, b;c,d"))
print(bool(re.fullmatch(r"[\w.]+@[\w]+\.\w{2,}", "ada@example.org")))
