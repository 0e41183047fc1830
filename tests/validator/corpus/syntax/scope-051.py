while 1:
    lambda: break
