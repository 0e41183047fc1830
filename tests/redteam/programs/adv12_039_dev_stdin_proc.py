try:
    f = open("/dev/stdin")
    print("opened /dev/stdin", f.read(5))
except BaseException as e:
    print("refused:", type(e).__name__, e)
try:
    f = open("/tmp/../proc/self/mem", "rb")
    print("PW" + "NED")
except BaseException as e:
    print("refused:", type(e).__name__, e)
