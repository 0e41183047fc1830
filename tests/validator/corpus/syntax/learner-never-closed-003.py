name = input("Name? ")
print("Hello, " + name
print("Bye")
