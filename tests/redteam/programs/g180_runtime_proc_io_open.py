# runtime: proc io open
import io
print("PWN" + "ED", io.open('/proc/self/status').read()[:10])
