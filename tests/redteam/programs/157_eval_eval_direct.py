# eval: eval of a string (static wall)
eval("print('PWN' + 'ED')")
