# eval: ｅｘｅｃ: NFKC makes it exec
ｅｘｅｃ("print('PWN' + 'ED')")
