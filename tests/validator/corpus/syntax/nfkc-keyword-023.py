x ｉｓ y
