# eval: exec of a string (static wall)
exec("print('PWN' + 'ED')")
