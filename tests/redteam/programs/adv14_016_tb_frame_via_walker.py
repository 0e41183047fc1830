import collections, pprint
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        self.tb = tb
        return True
c = CM()
with c:
    1 / 0
fmt = "{0.tb_fr" + "ame.f_glo" + "bals.zz}"
for how in ("program", "library"):
    try:
        if how == "program":
            match fmt:
                case str(format=fm):
                    fm(c.tb)
        else:
            pprint.PrettyPrinter.isrecursive(collections.UserString(fmt), c.tb)
    except AttributeError as e:
        print("PW" + "NED", how, type(e.obj))
    except Exception as e:
        print("stopped", how, type(e).__name__, e)
