# runtime: proc io fileio
import io
print("PWN" + "ED", io.FileIO('/proc/self/maps').read()[:10])
