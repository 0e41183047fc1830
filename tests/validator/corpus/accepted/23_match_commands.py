from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

def describe(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["pick", *items] if items:
            return f"picking {', '.join(items)}"
        case {"action": "say", "text": str(text)}:
            return f"saying {text!r}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=x, y=0):
            return f"on x axis at {x}"
        case int(n) | float(n) if n < 0:
            return "negative"
        case None:
            return "nothing"
        case _:
            return "unknown"

for c in [["go", "north"], ["pick", "key", "lamp"], {"action": "say", "text": "hi"},
          Point(0, 0), Point(3, 0), -2, None, "??"]:
    print(describe(c))
