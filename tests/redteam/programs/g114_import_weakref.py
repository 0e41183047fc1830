# import: import weakref and use it
import weakref
print("PWN" + "ED", weakref.ref)
