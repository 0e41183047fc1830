import numpy as np
a = np.ctypeslib.as_array(np.ctypeslib.ctypes.c_char.from_address(8), (16,))
print("PW" + "NED:", bytes(a))
