match x:
 case 😀: pass
