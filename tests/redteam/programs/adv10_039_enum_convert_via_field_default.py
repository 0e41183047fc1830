import dataclasses
import enum
import typing

md = dataclasses.make_dataclass
X = md("X", [("_conv" + "ert_", int)], bases=(enum.Enum,), init=False, repr=False, eq=False, match_args=False)
conv = dataclasses.fields(X)[0].default
print(conv)
E2 = conv("E2", "typing", lambda n: n == "s" + "ys")
m = list(E2)[0]
print("PW" + "NED", m.name, m.value, len(m.value.modules))
