name = "Ann"
print("Hi" name "!")
