# fs: a file under /sys
M = "PWN" + "ED"

try:
    data = open("/sys/class/net/lo/address").read() + open("/sys/kernel/address_bits").read()
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
