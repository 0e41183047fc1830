# fs: io.open_code, the loader's opener
M = "PWN" + "ED"
import io

try:
    data = io.open_code("/proc/self/maps").read(80)
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
