# fs: /dev/mem and /dev/kmsg
M = "PWN" + "ED"

try:
    data = open("/dev/kmsg", "rb").read(64) or open("/dev/mem", "rb").read(1)
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
