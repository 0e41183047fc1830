"""Prints the private names of every module the allowed modules load (their submodules and the
modules they import, which attributes reach) and of their classes whose values are doors (a
function, a class, a module, anything but plain data or a slot), one `name<TAB>where: kind` a
line. Run inside the runtime image with the allow-list as its argument; its output is
crates/core/src/validate/stdlib-private-names.txt, and tests/image checks that file against the
image (see docs/policy.md, private-attribute)."""
import importlib
import sys
import types

PLAIN = (str, bytes, int, float, bool, type(None), complex)
SLOTS = (types.MemberDescriptorType, types.GetSetDescriptorType)


def plain(value):
    if isinstance(value, PLAIN) or isinstance(value, SLOTS):
        return True
    if isinstance(value, (tuple, frozenset, list, set, dict)):
        return all(isinstance(item, PLAIN) for item in value)
    return False


def private(name):
    return len(name) > 1 and name.startswith("_") and not (
        name.startswith("__") and name.endswith("__"))


def main(modules):
    doors, seen = {}, set()

    def note(name, value, where):
        if private(name) and not plain(value):
            doors.setdefault(name, f"{where}: {type(value).__name__}")

    for module_name in modules:
        importlib.import_module(module_name)
    for module_name in sorted(sys.modules):
        module = sys.modules[module_name]
        for name, value in list(vars(module).items()):
            note(name, value, module_name)
            if isinstance(value, type):
                for cls in value.__mro__:
                    if id(cls) in seen:
                        continue
                    seen.add(id(cls))
                    for attribute, member in list(vars(cls).items()):
                        note(attribute, member, f"{module_name}.{cls.__qualname__}")
    for name in sorted(doors):
        print(f"{name}\t{doors[name]}")


if __name__ == "__main__":
    main(sys.argv[1].split())
