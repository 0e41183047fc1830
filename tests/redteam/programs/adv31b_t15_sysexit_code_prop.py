class Boom(BaseException):
    pass
class X(SystemExit):
    @property
    def code(self):
        raise Boom()
class D:
    def __del__(self):
        print("DEL after launcher gave up on end()")
keep = D()
open("out/f.txt", "w").write("data")
raise X(3)
