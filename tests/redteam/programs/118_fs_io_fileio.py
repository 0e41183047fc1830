# fs: io.FileIO (the raw layer) on /proc
M = "PWN" + "ED"
import io

try:
    data = io.FileIO("/proc/self/maps").read(80)
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
