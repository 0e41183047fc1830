match x:
  case 1.5 | -1.5 | 1e3: pass
