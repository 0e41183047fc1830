match x:
    case 1:
        pass
    case 2:
        match y:
            case 3: pass
