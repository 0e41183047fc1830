# runtime: str subclass method
class S(str):
    def startswith(self, *a):
        return False
print("PWN" + "ED", open(S('/proc/self/maps')).read()[:10])
