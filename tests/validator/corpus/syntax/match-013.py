match x:
    case (): pass
