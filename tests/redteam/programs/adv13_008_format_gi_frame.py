def gen():
    yield 1
g = gen()
try:
    ("{0.gi_fr" + "ame.zzz}").format(g)
except AttributeError as e:
    F = e.obj
    print("PW" + "NED", "frame", F.f_lineno)
except PermissionError as e:
    print("refused:", e)
