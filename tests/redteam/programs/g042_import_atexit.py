# import: import atexit and use it
import atexit
atexit.register(print, "PWN" + "ED")
