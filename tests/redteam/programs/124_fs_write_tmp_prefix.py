# fs: /tmpfoo: a prefix check without the slash
M = "PWN" + "ED"

for path in ("/tmpx/rt", "/tmp.rt", "/tmp\x00/rt"):
    try:
        with open(path, "w") as f:
            f.write("x")
        print(M, "wrote", path)
    except Exception as e:
        print("refused:", path, type(e).__name__)
