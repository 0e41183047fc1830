# reflect: metaclass dict
class Meta(type):
    def __new__(m, n, b, d):
        print("PWN" + "ED", m.__dict__)
        return super().__new__(m, n, b, d)
class X(metaclass=Meta): pass
