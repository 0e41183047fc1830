name = "Ann"
print(name)
  print("again")
