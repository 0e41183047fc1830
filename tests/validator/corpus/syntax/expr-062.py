x = Ellipsis
