match x:
    case _ if (z := 1): pass
