match x:
 case a if a: pass
 case 1: pass
