try:
    pass
except E:
    pass
except:
    pass
else:
    pass
finally:
    pass
