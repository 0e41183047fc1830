# import: NFKC lookalike of os
import ｏｓ
print("PWN" + "ED", ｏｓ.getpid())
