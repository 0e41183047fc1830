def f():
  return
 pass