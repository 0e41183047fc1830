x = b'\xe9' + b'a'
