# module: import tempfile: tempfile.mkdtemp
M = "PWN" + "ED"

import tempfile
print(M, tempfile.mkdtemp())
