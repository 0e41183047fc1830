match x:
    case C(1, a, b=2): pass
