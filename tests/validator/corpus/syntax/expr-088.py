while (a := f()): pass
