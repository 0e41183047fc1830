# adversary round 1: p01_probe
import enum
b = enum.bltns
print(b, enum.__file__)
b.print("printed via real builtins module:", b.__name__ if False else "ok")

print("PWN" + "ED")
