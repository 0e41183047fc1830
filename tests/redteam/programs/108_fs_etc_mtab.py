# fs: /etc/mtab is a symlink into /proc (mounts)
M = "PWN" + "ED"

try:
    data = open("/etc/mtab").read()
    if data:
        print(M, repr(data[:80]))
except Exception as e:
    print("refused:", type(e).__name__, e)
