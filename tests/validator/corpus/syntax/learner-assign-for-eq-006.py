def check(a, b):
    if a + b = 10:
        return True
    return False
