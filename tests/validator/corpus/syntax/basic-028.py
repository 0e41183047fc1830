match x:
 case {**rest}: pass
 case [*_]: pass