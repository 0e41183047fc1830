# reflect: compile code
c = compile('print("PWN" "ED")', 'x', 'exec')
exec(c)
