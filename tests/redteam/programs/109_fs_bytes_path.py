# fs: a bytes path to /proc
M = "PWN" + "ED"

try:
    data = open(b"/proc/self/maps").read()
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
