def f():
  return\
