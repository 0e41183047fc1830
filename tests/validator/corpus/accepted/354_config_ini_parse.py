import re

text = open(0).read()
config = {}
section = None
errors = []
for lineno, raw in enumerate(text.splitlines(), 1):
    line = raw.split("#", 1)[0].strip()
    if not line:
        continue
    if m := re.fullmatch(r"\[([\w.-]+)\]", line):
        section = config.setdefault(m.group(1), {})
    elif m := re.fullmatch(r"([\w.-]+)\s*=\s*(.*)", line):
        if section is None:
            errors.append(f"line {lineno}: key outside section")
            continue
        key, value = m.groups()
        if value.lower() in ("true", "yes", "on"):
            value = True
        elif value.lower() in ("false", "no", "off"):
            value = False
        elif re.fullmatch(r"-?\d+", value):
            value = int(value)
        elif value.startswith('"') and value.endswith('"'):
            value = value[1:-1]
        section[key] = value
    else:
        errors.append(f"line {lineno}: cannot parse {raw.strip()!r}")
for name, sec in config.items():
    print(f"[{name}]")
    for k, v in sec.items():
        print(f"  {k} = {v!r}")
print("\n".join(errors))
