print("Total:" total)
total = 3
