class ValidationError(Exception):
    def __init__(self, field, message):
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"


class RangeError(ValidationError):
    pass


def validate(record):
    errors = []
    if not record.get("name"):
        errors.append(ValidationError("name", "required"))
    age = record.get("age")
    try:
        age = int(age)
        if not 0 <= age <= 150:
            raise RangeError("age", f"{age} out of range")
    except (TypeError, ValueError):
        errors.append(ValidationError("age", "not a number"))
    except RangeError as e:
        errors.append(e)
    if errors:
        raise ExceptionGroup("invalid record", errors)
    return {"name": record["name"], "age": age}


records = [{"name": "Ann", "age": "31"}, {"name": "", "age": "x"}, {"name": "Old", "age": 200}]
for rec in records:
    try:
        print("ok", validate(rec))
    except* RangeError as eg:
        print("range problems:", [str(e) for e in eg.exceptions])
    except* ValidationError as eg:
        print("other problems:", [str(e) for e in eg.exceptions])
    finally:
        print("checked", rec)
