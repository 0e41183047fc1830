def f():
 try:
  pass
 except* E:
  pass
 finally:
  return
