from contextlib import contextmanager, suppress, ExitStack, redirect_stdout
import io


class Timer:
    def __init__(self, label):
        self.label = label
        self.events = []

    def __enter__(self):
        self.events.append("enter")
        print(f"[{self.label}] start")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.events.append("exit")
        print(f"[{self.label}] end, error={exc_type is not None}")
        return exc_type is KeyError


@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with Timer("block") as t:
    print("working")
with Timer("swallow"):
    {}["missing"]
print("after swallow")
with tag("html"), tag("body") as b:
    print("content", b)
with suppress(ZeroDivisionError):
    1 / 0
    print("never")
with ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b", "c")]
    print(names)
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured line")
print(repr(buf.getvalue()))
