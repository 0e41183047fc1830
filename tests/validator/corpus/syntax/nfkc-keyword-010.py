def f(Ｎｏｎｅ): pass
