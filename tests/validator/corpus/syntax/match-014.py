match x:
    case []: pass
