# adversary round 3: 006_match_self_builtins
M = type("M", (type,), {"__instance" + "check__": lambda c, o: True})
P = M("P", (), {"__match" + "_args__": ("__se" + "lf__",)})
match len:
    case P(b):
        pass
print(repr(b), type(b).__name__)
if type(b).__name__ == "module" and b.len is len:
    print("PWN" + "ED")
