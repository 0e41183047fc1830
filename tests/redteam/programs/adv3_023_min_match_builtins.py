# adversary round 3: 023_min_match_builtins
M=type("M",(type,),{"__instance"+"check__":lambda c,o:1})
P=M("P",(),{"__match"+"_args__":("__se"+"lf__",)})
match len:
 case P(b):print(b,b.len is len,"PWN"+"ED")
