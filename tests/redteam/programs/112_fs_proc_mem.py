# fs: /proc/self/mem for reading, at a bytes object's own address
M = "PWN" + "ED"

canary = b"red-team-canary-" + bytes(range(48, 58))
try:
    with open("/proc/self/mem", "rb", buffering=0) as f:
        f.seek(id(canary) + 32)
        if f.read(len(canary)) == canary:
            print(M, "read own memory")
except Exception as e:
    print("refused:", type(e).__name__, e)
