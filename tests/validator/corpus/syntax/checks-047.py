match x:
 case [_, _]: pass
