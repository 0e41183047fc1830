try:
    pass
except
