x = 'a\b'
