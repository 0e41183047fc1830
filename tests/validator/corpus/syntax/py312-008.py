type = 1
type(type)
