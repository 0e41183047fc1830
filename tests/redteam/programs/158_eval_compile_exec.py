# eval: compile then exec (static wall)
c = compile("print('PWN' + 'ED')", "x", "exec")
exec(c)
