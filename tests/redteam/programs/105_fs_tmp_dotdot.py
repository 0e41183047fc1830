# fs: /tmp/../proc: a prefix check on the raw path would pass
M = "PWN" + "ED"

try:
    data = open("/tmp/../proc/self/maps").read()
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
