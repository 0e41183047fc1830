try:
    raise KeyError('k') from None
except (KeyError, IndexError) as e:
    pass
else:
    pass
finally:
    pass
