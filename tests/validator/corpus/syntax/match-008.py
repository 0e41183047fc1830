match x:
    case b'a': pass
