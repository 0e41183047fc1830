import typing
def grab(obj, chain):
    try:
        ("{0" + chain + ".zzz_missing}").format(obj)
    except AttributeError as e:
        return e.obj
src = "__imp" + "ort__('o' + 's').getpid() * 10 + 3"
alias = typing.List[src]            # typing compiles the string at its own compile( site
code = grab(alias, ".__args__[0].__forward_co" + "de__")
print(type(code).__name__, code.co_names, code.co_filename)
if type(code).__name__ == "code":
    print("PW" + "NED", "code object compiled from the program's string, held by the program:", code.co_names)
