x = 'a
b'
