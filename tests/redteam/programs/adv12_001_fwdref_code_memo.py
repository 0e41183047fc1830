import typing, copy
alias = typing.List["int"]
fr = alias.__args__[0]
print(type(fr).__name__)
memo = {}
try:
    copy.deepcopy(fr, memo)
except Exception as e:
    print("deepcopy err", type(e).__name__, e)
found = None
def walk(o, depth=0):
    global found
    if depth > 4: return
    if type(o).__name__ == "code":
        found = o; return
    if type(o) is dict:
        for v in list(o.values()): walk(v, depth+1)
    elif type(o) in (list, tuple):
        for v in o: walk(v, depth+1)
walk(memo)
if found is not None:
    print("PW" + "NED", type(found).__name__, found.co_names, found.co_filename)
else:
    print("no code", [type(v).__name__ for v in memo.values()])
