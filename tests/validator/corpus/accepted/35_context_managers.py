from contextlib import contextmanager, suppress, ExitStack
import io

@contextmanager
def tag(name):
    print(f"<{name}>", end="")
    yield name
    print(f"</{name}>")

with tag("b") as t:
    print(t.upper(), end="")

with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")

buffer = io.StringIO()
print("into buffer", file=buffer)
print(repr(buffer.getvalue()))

with ExitStack() as stack:
    for n in ["x", "y"]:
        stack.enter_context(tag(n))
    print("inside", end="")
