# runtime: enum functional
import enum
try:
    enum.Enum('E', 'a b; print("PWN" "ED")')
except Exception:
    pass
