class Boom(BaseException):
    pass
class E(Exception):
    @property
    def __notes__(self):
        raise Boom()
class D:
    def __del__(self):
        print("DEL ran at shutdown")
keep = D()
print("raising")
raise E("x")
