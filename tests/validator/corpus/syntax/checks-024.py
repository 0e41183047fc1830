[__debug__ for __debug__ in a]
