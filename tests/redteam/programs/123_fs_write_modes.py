# fs: modes that are writes without 'w': a, x, r+, ab, wb+
M = "PWN" + "ED"

for mode in ("a", "x", "r+", "ab", "rb+", "w+"):
    for path in ("/dev/shm/rt_mode", "/sandbox/rt_mode", "/var/tmp/rt_mode"):
        try:
            with open(path, mode) as f:
                f.write("x" if "b" not in mode else b"x")
            print(M, "opened", path, "with", mode)
        except Exception as e:
            print("refused:", mode, path, type(e).__name__)
