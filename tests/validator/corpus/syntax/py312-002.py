type X[T] = list[T]
