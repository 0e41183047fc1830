name = input("name? ")
age = int(input())
print()
print(f"Hello, {name}! Next year you will be {age + 1}.")
