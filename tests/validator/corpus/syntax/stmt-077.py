try:
    pass
except* (E, F) as g:
    pass
except* G:
    pass
