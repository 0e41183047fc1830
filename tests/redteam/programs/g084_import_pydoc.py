# import: import pydoc and use it
import pydoc
print("PWN" + "ED", pydoc.locate('os').getpid())
