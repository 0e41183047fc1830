f((a)(b) for x in y, 1)
