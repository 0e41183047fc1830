# fs: /dev/fd is a symlink to /proc/self/fd: /dev/fd/../maps is /proc/self/maps
M = "PWN" + "ED"

try:
    data = open("/dev/fd/../maps").read()
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
