# runtime: open proc via contextlib
import contextlib
with contextlib.suppress(OSError):
    print("PWN" + "ED", open('/proc/self/maps').read(5))
