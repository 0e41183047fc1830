def f[**P](): pass
