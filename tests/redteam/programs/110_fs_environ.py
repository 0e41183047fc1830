# fs: /proc/self/environ holds the job's environment
M = "PWN" + "ED"

try:
    data = open("/proc/self/environ", "rb").read()
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
