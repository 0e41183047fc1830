del ((a))
