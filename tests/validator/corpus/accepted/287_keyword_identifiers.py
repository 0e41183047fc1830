import keyword
import re

candidates = ["class", "klass", "match", "print", "async", "None", "_private", "2fast", "snake_case", "lambda", "type"]
for name in candidates:
    valid = name.isidentifier()
    kw = keyword.iskeyword(name)
    soft = keyword.issoftkeyword(name)
    print(f"{name:<11} identifier={valid!s:<5} keyword={kw!s:<5} soft={soft}")
print(len(keyword.kwlist) > 30, sorted(keyword.softkwlist))
source = "for x in range(10): if x and not y: yield x else: pass"
tokens = re.findall(r"[A-Za-z_]\w*", source)
print(sorted({t for t in tokens if keyword.iskeyword(t)}))


def safe_name(n):
    n = re.sub(r"\W", "_", n)
    if not n or n[0].isdigit():
        n = "_" + n
    return n + "_" if keyword.iskeyword(n) else n


print([safe_name(n) for n in ["from", "my-var", "3d", "ok", "with space"]])
