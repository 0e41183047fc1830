import numpy
from numpy.core import _internal
print("PW" + "NED:", _internal.ctypes)
