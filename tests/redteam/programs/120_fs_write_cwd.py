# fs: write a file in the working directory
M = "PWN" + "ED"

try:
    with open("rt_written_here.txt", "w") as f:
        f.write("x")
    print(M, "wrote the working directory")
except Exception as e:
    print("refused:", type(e).__name__, e)
