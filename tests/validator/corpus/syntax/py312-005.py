def f[*Ts](): pass
