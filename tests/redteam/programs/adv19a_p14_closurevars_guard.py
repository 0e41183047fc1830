import enum, operator, contextlib
class MyE(enum.Enum):
    pass
AG = type(operator.attrgetter("name"))
conv = AG("_conv" + "ert_")(MyE)
target = "s" + "ys"
C = conv("Zz", "__main__", lambda n: n == target, source=contextlib)
s = {x.name: x.value for x in C}[target]
insp = s.modules["insp" + "ect"]
print("inspect:", insp)
call = AG.__call__
cv = insp.getclosurevars(call)
print("attrgetter.__call__ nonlocals:", sorted(cv.nonlocals))
sg = cv.nonlocals["strict_getattr"]
cv2 = insp.getclosurevars(sg)
print("strict_getattr nonlocals:", sorted(cv2.nonlocals))
cn = cv2.nonlocals["check_name"]
cv3 = insp.getclosurevars(cn)
print("PW" + "NED: launcher guard closure check_name ->", sorted(cv3.nonlocals), "refused_names size", len(cv3.nonlocals.get("refused_names", ())))
