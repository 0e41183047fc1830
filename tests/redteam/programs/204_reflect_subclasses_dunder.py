# reflect: ().__class__.__base__.__subclasses__() to os._wrap_close (static wall)
M = "PWN" + "ED"

for c in ().__class__.__base__.__subclasses__():
    if c.__name__ == "_wrap_close":
        print(M, c.__init__.__globals__["getpid"]())
