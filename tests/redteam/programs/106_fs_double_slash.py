# fs: //proc//self/maps: a naive prefix check misses it
M = "PWN" + "ED"

try:
    data = open("//proc//self/./maps").read()
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
