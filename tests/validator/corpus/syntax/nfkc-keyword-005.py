ｍａｔｃｈ x:
 case 1: pass
