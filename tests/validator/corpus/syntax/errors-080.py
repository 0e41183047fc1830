x = (a for)
