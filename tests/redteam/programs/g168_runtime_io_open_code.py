# runtime: io open code
import io
print("PWN" + "ED", io.open_code('/proc/self/maps').read(5))
