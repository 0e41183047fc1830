f((i for i in a), b)
