getattr(o, name)
setattr(o, 'y', 1)
hasattr(o, *n)
