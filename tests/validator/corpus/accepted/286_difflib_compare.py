import difflib

old = """def greet(name):
    print("Hello " + name)
    return None

greet("world")
""".splitlines(keepends=True)
new = """def greet(name, punctuation="!"):
    print(f"Hello {name}{punctuation}")

greet("world")
greet("there", "?")
""".splitlines(keepends=True)
print("".join(difflib.unified_diff(old, new, fromfile="a/greet.py", tofile="b/greet.py")))
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["one\n", "tree\n", "four\n"])))
words = ["apple", "apply", "ape", "maple", "happy", "applet"]
print(difflib.get_close_matches("appel", words))
print(difflib.get_close_matches("hapy", words, n=2, cutoff=0.5))
sm = difflib.SequenceMatcher(None, "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(sm.ratio(), 4))
for tag, i1, i2, j1, j2 in sm.get_opcodes():
    if tag != "equal":
        print(tag, i1, i2, j1, j2)
