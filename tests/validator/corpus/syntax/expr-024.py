x = {*a: b}
