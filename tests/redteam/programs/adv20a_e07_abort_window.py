import dataclasses
import textwrap

kept = []


def stop(c):
    kept.append(c)
    raise TypeError("stop here")


try:
    @dataclasses.dataclass(frozen=True)
    class W:
        dedent: object
        __doc__ = classmethod(property(stop))
except TypeError as e:
    print("decorator aborted:", e)

W2 = kept[0]


def spy(text):
    return "spied:" + text


W2.__init__(textwrap, spy)      # the class was never guarded: its __init__ is the raw one
print("textwrap.dedent('  x') ->", textwrap.dedent("  x"))
if textwrap.dedent("  x") == "spied:  x":
    print("PW" + "NED: textwrap.dedent rewritten through an unguarded frozen __init__ (aborted _process_class)")
