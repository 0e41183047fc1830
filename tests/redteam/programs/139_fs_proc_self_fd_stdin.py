# fs: /proc/self/fd/0 and /proc/thread-self by their own names
M = "PWN" + "ED"

try:
    data = open("/proc/thread-self/status").read() or open("/proc/self/fd/0").read()
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
