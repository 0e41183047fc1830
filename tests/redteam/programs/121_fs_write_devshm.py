# fs: write /dev/shm (a writable tmpfs outside /tmp)
M = "PWN" + "ED"

try:
    with open("/dev/shm/rt_devshm", "w") as f:
        f.write("x")
    print(M, "wrote /dev/shm")
except Exception as e:
    print("refused:", type(e).__name__, e)
