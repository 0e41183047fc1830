# fs: a str subclass whose startswith/__eq__/__fspath__ lie to a path check
M = "PWN" + "ED"

class S(str):
    def startswith(self, *a):
        return False
    def __eq__(self, other):
        return False
    __hash__ = str.__hash__
    def __fspath__(self):
        return "/tmp/harmless"
try:
    print(M, open(S("/proc/self/maps")).read()[:80])
except Exception as e:
    print("refused:", type(e).__name__, e)
