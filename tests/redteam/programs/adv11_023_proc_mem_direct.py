try:
    open("/proc/self/mem", "rb")
    print("PW" + "NED")
except Exception as e:
    print(type(e).__name__, e)
