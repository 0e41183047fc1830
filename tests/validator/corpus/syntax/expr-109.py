x = 'a' 'b' "c"
