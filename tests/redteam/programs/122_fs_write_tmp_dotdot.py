# fs: /tmp/../dev/shm: a raw prefix check passes
M = "PWN" + "ED"

try:
    with open("/tmp/../dev/shm/rt_dotdot", "w") as f:
        f.write("x")
    print(M, "wrote /dev/shm via /tmp/..")
except Exception as e:
    print("refused:", type(e).__name__, e)
