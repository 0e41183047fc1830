x = b'\N{DIGIT ONE}'
