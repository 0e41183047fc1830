# import: import tempfile and use it
import tempfile
print("PWN" + "ED", tempfile.mkdtemp())
