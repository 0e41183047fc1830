print(__builtins__, __loader__, __spec__)
vars()
