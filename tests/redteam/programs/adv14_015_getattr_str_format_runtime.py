fmt = "{0.__glo" + "bals__}"
try:
    fm = getattr(fmt, "format")
    print("PW" + "NED", fm)
except Exception as e:
    print("stopped:", type(e).__name__, e)
