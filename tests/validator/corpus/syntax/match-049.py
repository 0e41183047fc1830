match x:
  case {1: _, 1: _}: pass
