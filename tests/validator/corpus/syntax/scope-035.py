x = [a for a in b if a for (c := 1) in d]
