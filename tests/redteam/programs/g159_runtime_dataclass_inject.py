# runtime: dataclass inject
import dataclasses
try:
    dataclasses.make_dataclass('X', [('a=print("PWN" "ED")', int)])
except Exception:
    pass
