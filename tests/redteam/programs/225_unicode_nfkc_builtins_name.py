# unicode: __ｂｕｉｌｔｉｎｓ__ in fullwidth
M = "PWN" + "ED"

print(M, __ｂｕｉｌｔｉｎｓ__["__import__"]("os").getpid())
