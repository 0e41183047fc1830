ｉｆ x: pass
