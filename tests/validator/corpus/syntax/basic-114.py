while 1:
    try:
        pass
    finally:
        continue