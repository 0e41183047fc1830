match cmd.split():
    case [a]: pass
    case ['go', d] | ['move', d]: pass
    case {'x': x, **r}: pass
    case P(x=0, y=yy) if yy > 0: pass
    case [1, *o]: pass
    case str() | bytes() as s: pass
    case _: pass
