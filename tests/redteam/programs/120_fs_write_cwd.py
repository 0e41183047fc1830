# fs: write a file outside the working directory (/tmp, the scratch space) by a relative path:
# the image's /sandbox, where the working directory used to be
M = "PWN" + "ED"

try:
    with open("../sandbox/rt_written_here.txt", "w") as f:
        f.write("x")
    print(M, "wrote the working directory")
except Exception as e:
    print("refused:", type(e).__name__, e)
