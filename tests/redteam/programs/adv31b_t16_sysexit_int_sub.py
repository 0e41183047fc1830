class Boom(BaseException):
    pass
class N(int):
    def __int__(self):
        raise Boom()
    def __index__(self):
        raise Boom()
class D:
    def __del__(self):
        print("DEL after launcher gave up on end()")
keep = D()
open("out/f.txt", "w").write("data")
raise SystemExit(N(3))
