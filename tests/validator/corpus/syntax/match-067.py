match x:
  case {'k': v} | {'j': v}: pass
