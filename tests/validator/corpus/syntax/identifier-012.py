match x:
 case C(😀=1): pass
