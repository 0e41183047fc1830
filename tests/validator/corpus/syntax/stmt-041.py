@d
class A: pass
