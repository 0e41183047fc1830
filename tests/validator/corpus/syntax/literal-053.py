x = u'a' U'b'
