import numpy as np
print("PW" + "NED:", np.f2py.compile("subroutine f\nend", modulename="m"))
