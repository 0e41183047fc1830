ages = {"ann": 31, "bob": 42
for person in ages:
    print(person)
