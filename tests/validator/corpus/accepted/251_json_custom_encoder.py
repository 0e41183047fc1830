import json
from datetime import date, datetime
from decimal import Decimal
from dataclasses import dataclass, asdict


@dataclass
class Invoice:
    number: str
    issued: date
    amount: Decimal
    tags: tuple


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    if "issued" in d:
        d["issued"] = date.fromisoformat(d["issued"])
    if "amount" in d:
        d["amount"] = Decimal(d["amount"])
    return d


inv = Invoice("INV-7", date(2024, 2, 29), Decimal("1999.95"), ("urgent", "b2b"))
text = json.dumps(asdict(inv), cls=Encoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode_hook)
print(back["issued"].strftime("%d %B %Y"), back["amount"] * 2)
print(json.dumps({"s": {3, 1, 2}, "when": datetime(2020, 1, 1, 12, 30)}, cls=Encoder))
try:
    json.dumps({"x": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", "not JSON serializable" in str(e))
