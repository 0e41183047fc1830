match x:
    case {}: pass
