# fs: io.open is the same open under another name
M = "PWN" + "ED"
import io

try:
    data = io.open("/proc/self/status").read()
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
