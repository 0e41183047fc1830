# unicode: ｅｖａｌ is eval after NFKC
M = "PWN" + "ED"

ｅｖａｌ("print('PWN' + 'ED')")
