class ValidationError(ValueError):
    pass

def parse_age(text):
    try:
        age = int(text)
    except ValueError as exc:
        raise ValidationError(f"not a number: {text!r}") from exc
    else:
        if age < 0:
            raise ValidationError("negative")
        return age
    finally:
        print("checked", repr(text))

for t in ["42", "-1", "x"]:
    try:
        print("age", parse_age(t))
    except ValidationError as e:
        print("invalid:", e, "| cause:", type(e.__cause__).__name__)

try:
    raise ExceptionGroup("many", [ValueError("a"), TypeError("b"), ValueError("c")])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", len(eg.exceptions))

class Resource:
    def __enter__(self):
        print("open")
        return self
    def __exit__(self, exc_type, exc, tb):
        print("close", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

with Resource():
    raise KeyError("swallowed")
print("after")
