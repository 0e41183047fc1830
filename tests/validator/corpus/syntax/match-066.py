match x:
  case str(x) | int(y): pass
