match x:
  case {'a': _, 'a': _}: pass
