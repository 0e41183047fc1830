for x in 1, 2: pass
