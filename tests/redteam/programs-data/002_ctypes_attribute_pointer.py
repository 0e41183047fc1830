import numpy as np
p = np.zeros(4).ctypes.data_as(np.ctypeslib.ctypes.POINTER(np.ctypeslib.ctypes.c_char))
print("PW" + "NED:", p[-100000])
