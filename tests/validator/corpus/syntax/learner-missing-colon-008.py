age = 20
if age >= 18:
    print("adult")
elif age > 12
    print("teen")
