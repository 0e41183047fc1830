match x:
    case C(b=2, 1): pass
