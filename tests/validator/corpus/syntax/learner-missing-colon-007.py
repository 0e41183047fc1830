try:
    n = int("x")
except ValueError
    n = 0
