try:
    pass
except x y:
    pass
