x = a ** -b
