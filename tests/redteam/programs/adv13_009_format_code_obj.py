import json
try:
    ("{0.__co" + "de__.zzz}").format(json.dumps)
except AttributeError as e:
    C = e.obj
    print("PW" + "NED", "code", C.co_name, C.co_argcount)
except PermissionError as e:
    print("refused:", e)
