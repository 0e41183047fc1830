# import: import pathlib and use it
import pathlib
print("PWN" + "ED", pathlib.Path('/proc/self/maps').read_text()[:20])
