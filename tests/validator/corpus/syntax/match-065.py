match x:
  case str(x) | int(x): pass
