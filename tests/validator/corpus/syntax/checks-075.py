while 1:
 try:
  pass
 except* E:
  continue
