x = 'a'
