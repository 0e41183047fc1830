def f():
    try:
        return
    finally:
        return
