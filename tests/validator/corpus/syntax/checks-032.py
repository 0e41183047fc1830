match x:
 case {1: _, 2: _, a.b: _, a.b: _}: pass
