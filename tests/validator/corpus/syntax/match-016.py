match x:
    case {'a': 1, **r}: pass
