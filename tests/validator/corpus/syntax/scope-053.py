for x in y:
    try:
        break
    finally:
        pass
