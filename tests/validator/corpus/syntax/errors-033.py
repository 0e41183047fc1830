x ! y
