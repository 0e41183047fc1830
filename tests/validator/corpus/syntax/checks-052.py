match x:
 case [1 | 2 as a, *b] | [a, *b]: pass
