# fs: /proc/1/cmdline of pid 1
M = "PWN" + "ED"

try:
    data = open("/proc/1/cmdline", "rb").read()
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
