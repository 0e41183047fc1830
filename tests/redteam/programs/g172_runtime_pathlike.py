# runtime: pathlike
class P:
    def __fspath__(self):
        return '/proc/self/maps'
print("PWN" + "ED", open(P()).read()[:10])
