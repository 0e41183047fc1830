def f():
 class A:
  x = [(y := 1) for z in a]
