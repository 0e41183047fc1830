match x:
 case (1 | a) as b: pass
