# runtime: dataclass exec field
import dataclasses
@dataclasses.dataclass
class P:
    x: int = dataclasses.field(default_factory=lambda: 0)
print(P().x)
