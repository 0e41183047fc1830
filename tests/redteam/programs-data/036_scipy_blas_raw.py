import scipy.linalg
f = [getattr(scipy.linalg, n) for n in ["get_" + "blas_funcs"]][0]
print("PW" + "NED:", f("gemm"))
