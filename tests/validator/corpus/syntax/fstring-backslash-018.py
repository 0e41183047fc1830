F'{x}' Rf'{y}\n'
