match x:
    case 1 as y as z: pass
