def describe(name, *args, sep=", ", **kwargs):
    parts = [name]
    if args:
        parts.append("args=" + sep.join(map(str, args)))
    if kwargs:
        parts.append("kw=" + sep.join(f"{k}={v!r}" for k, v in sorted(kwargs.items())))
    return " | ".join(parts)


def only_kw(*, width, height=1):
    return width * height


def pos_only(a, b, /, c=0):
    return a * 100 + b * 10 + c


print(describe("plain"))
print(describe("with args", 1, 2, 3))
print(describe("mixed", "x", True, sep="; ", color="red", size=3))
opts = {"color": "blue", "sep": "/"}
nums = (7, 8)
print(describe("unpacked", *nums, *[9], **opts, extra=None))
print(only_kw(width=3), only_kw(height=4, width=5))
try:
    only_kw(3)
except TypeError:
    print("width must be passed by keyword")
print(pos_only(1, 2), pos_only(1, 2, c=3))
try:
    pos_only(a=1, b=2)
except TypeError:
    print("a and b are positional-only")
first, *rest = "hello world foo".split()
print(first, rest, [*range(3), *"ab"], {**{"a": 1}, "b": 2})
print(max(*[4, 9, 2]), min(3, 1, key=lambda x: -x))
