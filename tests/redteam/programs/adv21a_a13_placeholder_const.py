t = "\x00sandbox: the class pattern guard"
print("type:", type(t).__name__)
if callable(t):
    print("PW" + "NED: program holds the launcher's class-pattern trampoline:", t.__qualname__, t.__module__)
    print("calling it:", t(int, (), 0))
