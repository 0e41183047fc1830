def ｆ(ｘ): return ｘ
print(f(1))
