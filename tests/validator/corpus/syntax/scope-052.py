while 1:
    [1 for x in y if x] ; break
