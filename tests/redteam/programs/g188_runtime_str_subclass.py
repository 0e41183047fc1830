# runtime: str subclass
class S(str):
    pass
print("PWN" + "ED", open(S('/proc/self/maps')).read()[:10])
